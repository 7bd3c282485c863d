package io.benchctl.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** After a peer stops, no socket and no thread of it remains in this process. */
@Timeout(60)
class HygieneTest {

    @Test
    void nothingRemainsAfterRunsFailuresAndAStopMidTransfer() throws Exception {
        long socketsBefore = openSockets();
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
        FutureTask<TransferResult> download = new FutureTask<>(() -> midTransfer.download(Duration.ofSeconds(30), 65536));
        Thread downloader = Thread.ofPlatform().start(download);
        Thread.sleep(200);
        server.close();
        assertFailed(download);
        downloader.join(5000);
        midTransfer.close();

        awaitNoPeerThreads();
        assertEquals(socketsBefore, openSockets(), "sockets left open: " + socketLinks());
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

    private static long openSockets() throws IOException {
        return socketLinks().size();
    }

    private static List<String> socketLinks() throws IOException {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.map(HygieneTest::target).filter(link -> link.startsWith("socket:")).toList();
        }
    }

    private static String target(Path fd) {
        try {
            return Files.readSymbolicLink(fd).toString();
        } catch (IOException e) {
            return "";
        }
    }
}
