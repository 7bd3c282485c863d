package io.benchctl.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Throws garbage at a loopback peer (random bytes, oversized lengths, half-open and slow
 * clients), bounded in count and time, then checks that it stays up and serves a good client.
 */
@Timeout(60)
class FuzzTest {
    private static final long SEED = 0x5EED_BE_7CL;

    @Test
    void peerSurvivesGarbageAndServesAGoodClientRightAfter() throws Exception {
        PeerServerConfig config = Peers.loopback(Peers.TOKEN)
                .withMaxClients(4)
                .withTimeouts(Duration.ofMillis(400), Duration.ofMillis(400));
        try (PeerServer server = PeerServer.start(config)) {
            Random random = new Random(SEED);
            int port = server.address().getPort();
            for (int i = 0; i < 40; i++) {
                byte[] garbage = new byte[1 + random.nextInt(4096)];
                random.nextBytes(garbage);
                sendAndClose(port, garbage);
            }
            for (int length : new int[] {Integer.MAX_VALUE, -1, Protocol.MAX_CONTROL_PAYLOAD_BYTES + 1, 1 << 30}) {
                sendAndClose(port, header(FrameType.HELLO, length));
                sendAndClose(port, header(FrameType.START_UPLOAD, length));
            }
            for (int type = 0; type < 256; type += 7) {
                byte[] frame = header(FrameType.HELLO, 4);
                frame[5] = (byte) type;
                sendAndClose(port, frame);
            }
            List<Socket> halfOpen = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                Socket socket = new Socket("127.0.0.1", port);
                if (i % 2 == 0) {
                    socket.getOutputStream().write(header(FrameType.HELLO, 80), 0, 7);
                } else {
                    socket.shutdownOutput();
                }
                halfOpen.add(socket);
            }
            Thread slow = Thread.ofPlatform().start(() -> slowClient(port, random.nextLong()));
            slow.join(5000);
            for (Socket socket : halfOpen) {
                socket.close();
            }
            awaitIdle(server);

            PeerClient good = new PeerClient(Peers.client(Peers.addressOf(server), Peers.TOKEN));
            try (EchoSession echo = good.connect().startEcho(64)) {
                echo.roundTrip();
            }
            try (PeerConnection connection = good.connect()) {
                assertTrue(connection.upload(Duration.ofMillis(50), 65536).payloadBytes() > 0);
            }
        }
    }

    @Test
    void authenticatedGarbageEndsOnlyItsOwnSession() throws Exception {
        try (PeerServer server =
                PeerServer.start(Peers.loopback(null).withTimeouts(Duration.ofMillis(400), Duration.ofMillis(400)))) {
            int port = server.address().getPort();
            Random random = new Random(SEED + 1);
            for (int i = 0; i < 20; i++) {
                try (Socket socket = new Socket("127.0.0.1", port)) {
                    socket.setSoTimeout(2000);
                    InputStream in = socket.getInputStream();
                    OutputStream out = socket.getOutputStream();
                    in.readNBytes(Protocol.HEADER_BYTES + Messages.GREETING_BYTES);
                    byte[] hello = Messages.hello(new Messages.Hello(1, new byte[16], new byte[32], new byte[0]));
                    out.write(ByteBuffer.allocate(12 + hello.length)
                            .put(header(FrameType.HELLO, hello.length))
                            .put(hello)
                            .array());
                    in.readNBytes(Protocol.HEADER_BYTES + 1);
                    byte[] frame =
                            header(FrameType.values()[random.nextInt(FrameType.values().length)], random.nextInt(64));
                    byte[] tail = new byte[random.nextInt(200)];
                    random.nextBytes(tail);
                    out.write(frame);
                    out.write(tail);
                    in.readAllBytes();
                } catch (IOException expected) {
                    // reset or timeout: the peer cut this client off, which is the point
                }
            }
            awaitIdle(server);
            new PeerClient(Peers.client(Peers.addressOf(server), null))
                    .connect()
                    .close();
        }
    }

    private static void awaitIdle(PeerServer server) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (server.activeSessions() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(0, server.activeSessions(), "sessions still open after the garbage stopped");
    }

    private static byte[] header(FrameType type, int length) {
        return ByteBuffer.allocate(Protocol.HEADER_BYTES)
                .putInt(Protocol.MAGIC)
                .put((byte) 1)
                .put((byte) type.code)
                .putShort((short) 0)
                .putInt(length)
                .array();
    }

    private static void sendAndClose(int port, byte[] bytes) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(2000);
            try {
                socket.getOutputStream().write(bytes);
                socket.getInputStream().readAllBytes();
            } catch (IOException expected) {
                // the peer reset us for the garbage
            }
        }
    }

    /** One byte of a HELLO every 100 ms: slower than the handshake timeout allows. */
    private static void slowClient(int port, long seed) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            byte[] frame = header(FrameType.HELLO, 60);
            OutputStream out = socket.getOutputStream();
            for (int i = 0; i < frame.length; i++) {
                out.write(frame[i]);
                Thread.sleep(100);
            }
        } catch (IOException | InterruptedException expected) {
            // the peer dropped the slow client
        }
    }
}
