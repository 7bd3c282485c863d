package io.benchctl.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * An attacker who recorded a good client's bytes (a replay), or who skips authentication, never
 * gets a test run: the peer sends no WELCOME and no DATA, and serves a good client afterwards.
 */
@Timeout(60)
class AuthReplayTest {

    @Test
    void replayedAuthenticationAndSkippedAuthenticationNeverRunATest() throws Exception {
        try (PeerServer server = PeerServer.start(Peers.loopback(Peers.TOKEN));
                ServerSocket proxy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            ByteArrayOutputStream recorded = new ByteArrayOutputStream();
            Thread recorder = Thread.ofPlatform().start(() -> forwardRecording(proxy, server, recorded));
            PeerClient good =
                    new PeerClient(Peers.client(new PeerAddress("127.0.0.1", proxy.getLocalPort()), Peers.TOKEN));
            try (PeerConnection connection = good.connect()) {
                assertTrue(
                        connection.download(Duration.ofMillis(200), 64 * 1024).payloadBytes() > 0);
            }
            recorder.join(10_000);
            byte[] replay;
            synchronized (recorded) {
                replay = recorded.toByteArray();
            }
            assertTrue(replay.length > Protocol.HEADER_BYTES, "recorded the client's side");

            Set<Integer> answered = answerTo(server, replay);
            assertFalse(answered.contains(FrameType.WELCOME.code), "a replayed HELLO was accepted: " + answered);
            assertFalse(answered.contains(FrameType.DATA.code), "a replay got a test run: " + answered);

            Set<Integer> unauthenticated = answerTo(server, header(FrameType.START_DOWNLOAD, 0));
            assertFalse(unauthenticated.contains(FrameType.DATA.code), "a test ran without authentication");

            try (PeerConnection connection =
                    new PeerClient(Peers.client(Peers.addressOf(server), Peers.TOKEN)).connect()) {
                assertTrue(
                        connection.download(Duration.ofMillis(100), 64 * 1024).payloadBytes() > 0,
                        "good client served after");
            }
        }
    }

    /** Sends bytes on a fresh connection after the peer's greeting; returns the frame types it answered with. */
    private static Set<Integer> answerTo(PeerServer server, byte[] bytes) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.address().getPort())) {
            socket.setSoTimeout(3000);
            InputStream in = socket.getInputStream();
            Set<Integer> types = new HashSet<>();
            types.add(readFrameType(in)); // the greeting, with a fresh challenge
            OutputStream out = socket.getOutputStream();
            try {
                out.write(bytes);
                out.flush();
                for (int i = 0; i < 64; i++) {
                    types.add(readFrameType(in));
                }
            } catch (SocketTimeoutException | java.io.EOFException | java.net.SocketException e) {
                // the peer closed or went quiet: what it sent so far is the answer
            }
            types.remove(-1);
            return types;
        }
    }

    /** Reads one frame and returns its type, or -1 at the end of the stream. */
    private static int readFrameType(InputStream in) throws IOException {
        byte[] header = in.readNBytes(Protocol.HEADER_BYTES);
        if (header.length < Protocol.HEADER_BYTES) {
            return -1;
        }
        ByteBuffer buffer = ByteBuffer.wrap(header);
        assertEquals(Protocol.MAGIC, buffer.getInt());
        int type = header[5] & 0xff;
        in.skipNBytes(ByteBuffer.wrap(header, 8, 4).getInt());
        return type;
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

    /** A one-connection TCP relay that records what the client sends. */
    private static void forwardRecording(ServerSocket proxy, PeerServer server, ByteArrayOutputStream recorded) {
        try (Socket client = proxy.accept();
                Socket upstream = new Socket("127.0.0.1", server.address().getPort())) {
            Thread back = Thread.ofPlatform().start(() -> {
                try {
                    upstream.getInputStream().transferTo(client.getOutputStream());
                } catch (IOException e) {
                    // either side closed
                }
            });
            byte[] buffer = new byte[8192];
            InputStream in = client.getInputStream();
            for (int n; (n = in.read(buffer)) > 0; ) {
                synchronized (recorded) {
                    if (recorded.size() < (1 << 20)) {
                        recorded.write(buffer, 0, n);
                    }
                }
                upstream.getOutputStream().write(buffer, 0, n);
            }
            upstream.shutdownOutput();
            back.join(5000);
        } catch (IOException | InterruptedException e) {
            // the relay ends with its connection
        }
    }
}
