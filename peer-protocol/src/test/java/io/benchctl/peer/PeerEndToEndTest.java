package io.benchctl.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class PeerEndToEndTest {

    @Test
    void servesUploadDownloadEchoAndConnectOverOneAuthenticatedPeer() throws Exception {
        try (PeerServer server = PeerServer.start(Peers.loopback(Peers.TOKEN))) {
            PeerClient client = new PeerClient(Peers.client(Peers.addressOf(server), Peers.TOKEN));
            try (PeerConnection connection = client.connect()) {
                TransferResult up = connection.upload(Duration.ofMillis(200), PeerConnection.DEFAULT_CHUNK_BYTES);
                TransferResult down = connection.download(Duration.ofMillis(200), 64 * 1024);
                assertTrue(up.payloadBytes() > 0 && up.payloadBytes() % PeerConnection.DEFAULT_CHUNK_BYTES == 0);
                assertTrue(down.payloadBytes() > 0 && down.payloadBytes() % (64 * 1024) == 0);
                assertTrue(up.elapsedNanos() >= Duration.ofMillis(200).toNanos());
                assertTrue(down.gigabitsPerSecond() > 0 && Double.isFinite(down.gigabitsPerSecond()));
                assertTrue(connection.sendBufferBytes() > 0 && connection.receiveBufferBytes() > 0);
            }
            try (EchoSession echo = client.connect().startEcho(65536)) {
                for (int i = 0; i < 100; i++) {
                    echo.roundTrip();
                }
            }
            for (int i = 0; i < 50; i++) {
                client.connect().close();
            }
        }
    }

    @Test
    void fourClientsAreServedAtOnceAndAFifthIsToldBusy() throws Exception {
        try (PeerServer server = PeerServer.start(Peers.loopback(Peers.TOKEN).withMaxClients(4));
                ExecutorService pool = Executors.newFixedThreadPool(4)) {
            PeerClient client = new PeerClient(Peers.client(Peers.addressOf(server), Peers.TOKEN));
            List<PeerConnection> held = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                held.add(client.connect());
            }
            List<Future<TransferResult>> downloads = new ArrayList<>();
            for (PeerConnection connection : held) {
                downloads.add(pool.submit(() -> connection.download(Duration.ofMillis(300), 65536)));
            }
            PeerException busy = assertThrows(PeerException.class, client::connect);
            assertEquals(PeerFailure.BUSY, busy.failure());
            assertTrue(
                    busy.getMessage().contains("busy") && busy.getMessage().contains("4 clients"), busy.getMessage());
            for (Future<TransferResult> download : downloads) {
                assertTrue(download.get().payloadBytes() > 0);
            }
            assertEquals(4, server.activeSessions());
            held.forEach(PeerConnection::close);
            client.connect().close();
        }
    }

    @Test
    void aTestLongerThanThePeerAllowsIsRejected() throws Exception {
        try (PeerServer server =
                        PeerServer.start(Peers.loopback(Peers.TOKEN).withMaxTestDuration(Duration.ofSeconds(1)));
                PeerConnection connection =
                        new PeerClient(Peers.client(Peers.addressOf(server), Peers.TOKEN)).connect()) {
            PeerException e = assertThrows(
                    PeerException.class,
                    () -> connection.download(Duration.ofSeconds(5), PeerConnection.DEFAULT_CHUNK_BYTES));
            assertEquals(PeerFailure.REJECTED, e.failure());
            assertTrue(
                    e.getMessage()
                            .contains("a download of 5000 ms is longer than this peer's limit of 1000 ms per test"),
                    e.getMessage());
        }
    }

    @Test
    void refusesToListenOffLoopbackWithoutAToken() {
        PeerServerConfig config = PeerServerConfig.of(new InetSocketAddress("0.0.0.0", 0), null);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PeerServer.start(config));
        assertTrue(
                e.getMessage().contains("without a token") && e.getMessage().contains("--token-file"), e.getMessage());
    }

    @Test
    void aLoopbackPeerWithoutATokenServesClientsWithOrWithoutOne() throws Exception {
        int chunkBytes = 64 * 1024;
        try (PeerServer server = PeerServer.start(Peers.loopback(null))) {
            assertFalse(greetingOf(server).authRequired(), "a peer without a token must not ask for one");
            for (PeerToken token : Arrays.asList(null, Peers.TOKEN)) {
                String client = token == null ? "the client without a token" : "the client with a token";
                try (PeerConnection connection =
                        new PeerClient(Peers.client(Peers.addressOf(server), token)).connect()) {
                    assertEquals("127.0.0.1:" + server.address().getPort(), connection.peer(), client);
                    TransferResult down = connection.download(Duration.ofMillis(100), chunkBytes);
                    assertTrue(
                            down.payloadBytes() > 0 && down.payloadBytes() % chunkBytes == 0,
                            client + " downloaded " + down.payloadBytes() + " bytes");
                    TransferResult up = connection.upload(Duration.ofMillis(100), chunkBytes);
                    assertTrue(
                            up.payloadBytes() > 0 && up.payloadBytes() % chunkBytes == 0,
                            "the peer confirmed " + up.payloadBytes() + " bytes uploaded by " + client);
                }
            }
        }
    }

    /** The GREETING a new connection reads first, read off the wire. */
    private static Messages.Greeting greetingOf(PeerServer server) throws IOException {
        try (PeerChannel channel = new PeerChannel(SocketChannel.open(server.address()), Duration.ofSeconds(5))) {
            Frame greeting = channel.readFrame(Protocol.MAX_CONTROL_PAYLOAD_BYTES);
            assertEquals(FrameType.GREETING, greeting.type());
            return Messages.parseGreeting(greeting);
        }
    }

    @Test
    void wrongOrMissingTokenFailsAuthenticationWithoutRetrying() throws Exception {
        try (PeerServer server = PeerServer.start(Peers.loopback(Peers.TOKEN))) {
            PeerToken other = PeerToken.of("another-token-that-does-not-match".getBytes());
            PeerClientConfig wrong =
                    Peers.client(Peers.addressOf(server), other).withRetries(5, Duration.ofSeconds(1));
            PeerException e = assertThrows(PeerException.class, () -> new PeerClient(wrong).connect());
            assertEquals(PeerFailure.AUTH_FAILED, e.failure());
            assertTrue(e.getMessage().contains("token") && !e.getMessage().contains("attempts"), e.getMessage());

            PeerException missing = assertThrows(
                    PeerException.class, () -> new PeerClient(Peers.client(Peers.addressOf(server), null)).connect());
            assertEquals(PeerFailure.AUTH_FAILED, missing.failure());
            assertTrue(missing.getMessage().contains("requires a token"), missing.getMessage());
        }
    }

    @Test
    void onceModeServesOneClientRunThenStops() throws Exception {
        try (PeerServer server = PeerServer.start(Peers.loopback(Peers.TOKEN).withOnce(true))) {
            PeerClient run = new PeerClient(Peers.client(Peers.addressOf(server), Peers.TOKEN));
            try (PeerConnection first = run.connect()) {
                PeerException other = assertThrows(
                        PeerException.class,
                        () -> new PeerClient(Peers.client(Peers.addressOf(server), Peers.TOKEN)).connect());
                assertEquals(PeerFailure.BUSY, other.failure());
                first.download(Duration.ofMillis(50), 65536);
            }
            run.connect().close();
            run.connect().endRun();
            assertTrue(server.awaitTermination(Duration.ofSeconds(5)), "the once peer did not stop");
        }
    }
}
