package io.benchctl.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Protocol versions 1 and 2 side by side (adr/0005, adr/0024): an old peer has no UDP and the new
 * client says so before sending anything; an old client's START_UDP, or a request out of bounds,
 * gets an ERROR frame that names the reason.
 */
class UdpCompatTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    @Test
    void aVersion1PeerIsToldApartCleanly() throws Exception {
        try (ServerSocketChannel listener = ServerSocketChannel.open()) {
            listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            Thread oldPeer = Thread.ofPlatform().start(() -> serveAsVersion1(listener));
            PeerAddress address = new PeerAddress("127.0.0.1", listener.socket().getLocalPort());
            try (PeerConnection connection = new PeerClient(Peers.client(address, null)).connect()) {
                PeerException e = assertThrows(
                        PeerException.class,
                        () -> connection.udpUpload(new UdpSpec(1_000_000L, 1460, Duration.ofSeconds(1))));
                assertEquals(PeerFailure.VERSION_MISMATCH, e.failure());
                assertTrue(
                        e.getMessage().startsWith("peer " + address + " does not offer UDP tests: run the same"),
                        e.getMessage());
            }
            oldPeer.join(TIMEOUT.toMillis());
        }
    }

    @Test
    void aVersion1ClientAskingForUdpIsRefused() throws Exception {
        assertEquals(
                "UDP tests need protocol version 2; this session speaks 1",
                refusal(1, 1_000_000L, 1460, Duration.ofSeconds(1).toNanos()));
    }

    @Test
    void aBadRateSizeOrDirectionIsRefusedByThePeer() throws Exception {
        assertEquals("UDP rate 0 bit/s is outside 1..100000000000 bit/s (100 Gbit/s)", refusal(2, 0, 1460, 1_000_000));
        assertEquals("UDP datagram size 70000 is outside 24..65507 bytes", refusal(2, 1000, 70000, 1_000_000));
        assertEquals("a UDP test needs a positive duration", refusal(2, 1000, 1460, 0));
    }

    /** Speaks version {@code version} to a real peer, asks for a UDP upload and returns the ERROR text. */
    private static String refusal(int version, long rate, int datagramBytes, long durationNanos) throws Exception {
        try (PeerServer server = PeerServer.start(Peers.loopback(null));
                PeerChannel channel = new PeerChannel(SocketChannel.open(server.address()), TIMEOUT)) {
            Frame greeting = channel.readFrame(Protocol.MAX_CONTROL_PAYLOAD_BYTES);
            assertEquals(FrameType.GREETING, greeting.type());
            assertTrue((Messages.parseGreeting(greeting).capabilities() & Protocol.CAP_UDP) != 0);
            channel.writeFrame(
                    FrameType.HELLO,
                    Messages.hello(new Messages.Hello(version, new byte[16], new byte[32], new byte[0])));
            assertEquals(
                    FrameType.WELCOME,
                    channel.readFrame(Protocol.MAX_CONTROL_PAYLOAD_BYTES).type());
            channel.setVersion(version);
            channel.writeFrame(
                    FrameType.START_UDP,
                    ByteBuffer.allocate(UdpPeerSide.START_BYTES)
                            .put(UdpPeerSide.UPLOAD)
                            .putInt(datagramBytes)
                            .putLong(rate)
                            .putLong(durationNanos)
                            .array());
            Frame reply = channel.readFrame(Protocol.MAX_CONTROL_PAYLOAD_BYTES);
            assertEquals(FrameType.ERROR, reply.type());
            assertEquals(ErrorCode.REJECTED.code, reply.reader().getShort());
            return Messages.parseText(reply.payload(), 2);
        }
    }

    /** What a benchctl of protocol version 1 did: no UDP bit, version 1 only. */
    private static void serveAsVersion1(ServerSocketChannel listener) {
        try (PeerChannel channel = new PeerChannel(listener.accept(), TIMEOUT)) {
            channel.writeFrame(
                    FrameType.GREETING,
                    Messages.greeting(new Messages.Greeting(
                            1,
                            1,
                            Protocol.CAP_UPLOAD | Protocol.CAP_DOWNLOAD | Protocol.CAP_ECHO,
                            false,
                            new byte[Protocol.NONCE_BYTES])));
            Messages.Hello hello = Messages.parseHello(channel.readFrame(Protocol.MAX_CONTROL_PAYLOAD_BYTES));
            assertEquals(1, hello.version());
            channel.writeFrame(FrameType.WELCOME, new byte[] {0});
            channel.setVersion(1);
            while (channel.readFrameOrEof(Protocol.MAX_CONTROL_PAYLOAD_BYTES) != null) {
                // BYE ends the session; the client sent nothing else
            }
        } catch (IOException e) {
            // the client closed first: the test's assertions are on the client's side
        }
    }
}
