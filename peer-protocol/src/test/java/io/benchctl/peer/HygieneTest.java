package io.benchctl.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** After a peer stops, no socket and no thread of it remains in this process. */
@Timeout(60)
@EnabledOnOs(
        value = OS.LINUX,
        disabledReason =
                "needs Linux (procfs, signals, namespaces or the bash launcher); the portable subset leaves it out")
class HygieneTest {

    @Test
    void nothingRemainsAfterRunsFailuresAndAStopMidTransfer() throws Exception {
        List<String> socketsBefore = OpenSockets.tcp();
        PeerServer server = PeerServer.start(Peers.loopback(Peers.TOKEN));
        PeerClient client = new PeerClient(Peers.client(Peers.addressOf(server), Peers.TOKEN));
        try (PeerConnection connection = client.connect()) {
            connection.upload(Duration.ofMillis(50), 65536);
            connection.download(Duration.ofMillis(50), 65536);
        }
        try (EchoSession echo = client.connect().startEcho(1)) {
            echo.roundTrip();
        }
        PeerToken wrong = PeerToken.of("not-the-token-of-this-peer-at-all".getBytes());
        assertThrows(PeerException.class, () -> new PeerClient(Peers.client(Peers.addressOf(server), wrong)).connect());

        PeerConnection midTransfer = client.connect();
        FutureTask<TransferResult> download =
                new FutureTask<>(() -> midTransfer.download(Duration.ofSeconds(30), 65536));
        Thread downloader = Thread.ofPlatform().start(download);
        Thread.sleep(200);
        server.close();
        assertFailed(download);
        downloader.join(5000);
        midTransfer.close();

        awaitNoPeerThreads();
        List<String> socketsAfter = OpenSockets.tcp();
        assertEquals(socketsBefore.size(), socketsAfter.size(), "TCP sockets left open: " + socketsAfter);
    }

    private static void assertFailed(Future<TransferResult> download) {
        assertThrows(Exception.class, download::get, "a download cut by the peer's stop must fail");
    }

    private static void awaitNoPeerThreads() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        List<String> left = peerThreads();
        while (!left.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
            left = peerThreads();
        }
        assertEquals(List.of(), left, "peer threads still running");
    }

    private static List<String> peerThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .map(Thread::getName)
                .filter(name -> name.startsWith(PeerServer.THREAD_PREFIX))
                .toList();
    }
}
