package io.benchctl.peer;

import static io.benchctl.peer.FaultProxy.Direction.TO_CLIENT;
import static io.benchctl.peer.FaultProxy.Direction.TO_PEER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.benchctl.peer.FaultProxy.Fault;
import io.benchctl.peer.FaultProxy.Kind;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Every failure a client reports, produced for real: closed ports, full backlogs and the fault proxy. */
@Timeout(60)
class FaultsTest {
    /** A protocol version newer than this build speaks. */
    private static final int FUTURE = Protocol.MAX_VERSION + 1;

    private static final Duration READ_TIMEOUT = Duration.ofMillis(600);
    private static final int CHUNK = 64 * 1024;

    private PeerServer server;

    @BeforeEach
    void startPeer() throws Exception {
        server = PeerServer.start(Peers.loopback(Peers.TOKEN));
    }

    @AfterEach
    void peerStillServesAGoodClient() throws Exception {
        try (PeerConnection connection = client(Peers.addressOf(server)).connect()) {
            assertTrue(connection.download(Duration.ofMillis(20), CHUNK).payloadBytes() > 0);
        } finally {
            server.close();
        }
    }

    private static PeerClient client(PeerAddress address) {
        return new PeerClient(Peers.client(address, Peers.TOKEN).withReadTimeout(READ_TIMEOUT));
    }

    private PeerException throughProxy(Fault fault, PeerTask task) throws Exception {
        try (FaultProxy proxy = FaultProxy.start(server.address(), fault)) {
            return assertThrows(PeerException.class, () -> task.run(client(proxy.address())));
        }
    }

    interface PeerTask {
        void run(PeerClient client) throws Exception;
    }

    private static void download(PeerClient client) throws Exception {
        try (PeerConnection connection = client.connect()) {
            connection.download(Duration.ofSeconds(3), CHUNK);
        }
    }

    @Test
    void refusedAfterBoundedRetries() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        PeerClientConfig config = Peers.client(new PeerAddress("127.0.0.1", closedPort), Peers.TOKEN)
                .withRetries(3, Duration.ofMillis(300));
        long startNanos = System.nanoTime();
        PeerException e = assertThrows(PeerException.class, () -> new PeerClient(config).connect());
        long elapsedMillis = (System.nanoTime() - startNanos) / 1_000_000;
        assertEquals(PeerFailure.REFUSED, e.failure());
        assertTrue(e.getMessage().contains("refused") && e.getMessage().contains("4 attempts"), e.getMessage());
        // backoff 100, 200, 300 ms with jitter over the upper half: at least 300 ms in all, far below 10 s
        assertTrue(elapsedMillis >= 300 && elapsedMillis < 10_000, "retries took " + elapsedMillis + " ms");
    }

    @Test
    void unreachableWhenNothingAnswersWithinTheConnectTimeout() throws Exception {
        // A listener that never accepts, with its backlog full: the kernel drops further SYNs.
        try (ServerSocket full = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            List<Socket> fillers = new ArrayList<>();
            try {
                for (int i = 0; i < 4; i++) {
                    Socket filler = new Socket();
                    try {
                        filler.connect(full.getLocalSocketAddress(), 200);
                        fillers.add(filler);
                    } catch (java.net.SocketTimeoutException timeout) {
                        filler.close();
                    }
                }
                PeerClientConfig config = Peers.client(new PeerAddress("127.0.0.1", full.getLocalPort()), Peers.TOKEN)
                        .withRetries(1, Duration.ofMillis(300));
                PeerException e = assertThrows(PeerException.class, () -> new PeerClient(config).connect());
                assertEquals(PeerFailure.UNREACHABLE, e.failure(), e.getMessage());
                assertTrue(e.getMessage().contains("did not answer within connect_timeout"), e.getMessage());
            } finally {
                for (Socket filler : fillers) {
                    filler.close();
                }
            }
        }
    }

    @Test
    void unreachableWhenTheHostDoesNotResolve() {
        PeerClientConfig config = Peers.client(new PeerAddress("no-such-peer.invalid", 7420), Peers.TOKEN);
        PeerException e = assertThrows(PeerException.class, () -> new PeerClient(config).connect());
        assertEquals(PeerFailure.UNREACHABLE, e.failure());
        assertTrue(e.getMessage().contains("cannot resolve peer host 'no-such-peer.invalid'"), e.getMessage());
    }

    @Test
    void busyWhenThePeerServesItsMaximum() throws Exception {
        try (PeerServer small = PeerServer.start(Peers.loopback(Peers.TOKEN).withMaxClients(1));
                PeerConnection held = client(Peers.addressOf(small)).connect()) {
            PeerException e = assertThrows(
                    PeerException.class, () -> client(Peers.addressOf(small)).connect());
            assertEquals(PeerFailure.BUSY, e.failure());
            assertTrue(e.getMessage().contains("busy") && e.getMessage().contains("--max-clients"), e.getMessage());
            held.download(Duration.ofMillis(20), CHUNK);
        }
    }

    @Test
    void authFailedWhenTheMacIsCorruptedOnTheWay() throws Exception {
        // HELLO: 12-byte header, version, 16-byte run id, 32-byte nonce, MAC length, then the MAC.
        long helloMacOffset = 12 + 1 + 16 + 32 + 1 + 5;
        PeerException e = throughProxy(Fault.of(Kind.CORRUPT, TO_PEER, helloMacOffset), PeerClient::connect);
        assertEquals(PeerFailure.AUTH_FAILED, e.failure());
        assertTrue(e.getMessage().contains("token"), e.getMessage());
    }

    @Test
    void authFailedWhenThePeersProofIsCorrupted() throws Exception {
        // The WELCOME frame follows the 12 + 39 byte GREETING; its proof starts after header and length byte.
        long proofOffset = 12 + Messages.GREETING_BYTES + 12 + 1 + 3;
        PeerException e = throughProxy(Fault.of(Kind.CORRUPT, TO_CLIENT, proofOffset), PeerClient::connect);
        assertEquals(PeerFailure.AUTH_FAILED, e.failure());
        assertTrue(e.getMessage().contains("could not prove"), e.getMessage());
    }

    @Test
    void protocolErrorWhenAFrameHeaderIsCorrupted() throws Exception {
        PeerException e = throughProxy(Fault.of(Kind.CORRUPT, TO_CLIENT, 1), PeerClient::connect);
        assertEquals(PeerFailure.PROTOCOL, e.failure());
        assertTrue(e.getMessage().contains("bad magic"), e.getMessage());
    }

    @Test
    void versionMismatchWithAPeerOfAnotherVersion() throws Exception {
        try (ServerSocket future = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread fake = Thread.ofPlatform().start(() -> {
                try (Socket socket = future.accept();
                        OutputStream out = socket.getOutputStream()) {
                    byte[] greeting = Messages.greeting(new Messages.Greeting(
                            FUTURE, FUTURE + 1, Protocol.CAPABILITIES, true, new byte[Protocol.NONCE_BYTES]));
                    out.write(ByteBuffer.allocate(Protocol.HEADER_BYTES + greeting.length)
                            .putInt(Protocol.MAGIC)
                            .put((byte) (FUTURE + 1))
                            .put((byte) FrameType.GREETING.code)
                            .putShort((short) 0)
                            .putInt(greeting.length)
                            .put(greeting)
                            .array());
                    socket.getInputStream().read();
                } catch (Exception ignored) {
                    // the test asserts on the client side
                }
            });
            PeerException e = assertThrows(
                    PeerException.class,
                    () -> client(new PeerAddress("127.0.0.1", future.getLocalPort()))
                            .connect());
            fake.join(5000);
            assertEquals(PeerFailure.VERSION_MISMATCH, e.failure());
            assertTrue(
                    e.getMessage().contains("versions " + FUTURE + ".." + (FUTURE + 1))
                            && e.getMessage().contains("same benchctl version"),
                    e.getMessage());
        }
    }

    @Test
    void timeoutMidTestWhenTrafficIsDropped() throws Exception {
        PeerException e = throughProxy(Fault.of(Kind.DROP, TO_CLIENT, 2_000_000), FaultsTest::download);
        assertEquals(PeerFailure.TIMEOUT, e.failure());
        assertTrue(e.getMessage().contains("went silent for 600 ms during download"), e.getMessage());
    }

    @Test
    void timeoutWhenTheDelayExceedsTheReadTimeout() throws Exception {
        PeerException e = throughProxy(Fault.delay(TO_CLIENT, 1500), client -> {
            try (EchoSession echo = client.connect().startEcho(1)) {
                echo.roundTrip();
            }
        });
        assertEquals(PeerFailure.TIMEOUT, e.failure());
    }

    @Test
    void aShortDelayOnlySlowsRoundTrips() throws Exception {
        try (FaultProxy proxy = FaultProxy.start(server.address(), Fault.delay(TO_CLIENT, 30));
                EchoSession echo = client(proxy.address()).connect().startEcho(1)) {
            long startNanos = System.nanoTime();
            for (int i = 0; i < 3; i++) {
                echo.roundTrip();
            }
            assertTrue(System.nanoTime() - startNanos >= Duration.ofMillis(90).toNanos());
        }
    }

    @Test
    void resetMidDownload() throws Exception {
        PeerException e = throughProxy(Fault.of(Kind.RESET, TO_CLIENT, 1_000_000), FaultsTest::download);
        assertEquals(PeerFailure.RESET, e.failure(), e.getMessage());
        assertTrue(e.getMessage().contains("was reset during download"), e.getMessage());
    }

    @Test
    void resetMidUpload() throws Exception {
        PeerException e = throughProxy(Fault.of(Kind.RESET, TO_PEER, 1_000_000), client -> {
            try (PeerConnection connection = client.connect()) {
                connection.upload(Duration.ofSeconds(3), CHUNK);
            }
        });
        assertEquals(PeerFailure.RESET, e.failure(), e.getMessage());
        assertTrue(e.getMessage().contains("during upload"), e.getMessage());
    }

    @Test
    void shortReadWhenTheStreamIsTruncated() throws Exception {
        PeerException e = throughProxy(Fault.of(Kind.TRUNCATE, TO_CLIENT, 1_000_003), FaultsTest::download);
        assertEquals(PeerFailure.SHORT_READ, e.failure(), e.getMessage());
        assertTrue(e.getMessage().contains("closed the connection during download (short read"), e.getMessage());
    }

    @Test
    void shortReadWhenAnEchoIsCutMidMessage() throws Exception {
        long afterHandshakeAndPart = 12 + Messages.GREETING_BYTES + 12 + 33 + 12 + 100;
        PeerException e = throughProxy(Fault.of(Kind.TRUNCATE, TO_CLIENT, afterHandshakeAndPart), client -> {
            try (EchoSession echo = client.connect().startEcho(4096)) {
                echo.roundTrip();
            }
        });
        assertEquals(PeerFailure.SHORT_READ, e.failure(), e.getMessage());
        assertTrue(e.getMessage().contains("got 100 of 4096 bytes"), e.getMessage());
    }
}
