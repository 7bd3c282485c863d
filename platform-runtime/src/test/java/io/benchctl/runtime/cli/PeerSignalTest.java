package io.benchctl.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.benchctl.peer.PeerAddress;
import io.benchctl.peer.PeerClient;
import io.benchctl.peer.PeerClientConfig;
import io.benchctl.peer.PeerConnection;
import io.benchctl.peer.PeerException;
import io.benchctl.peer.PeerFailure;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** Ctrl-C on a serving `benchctl peer`: it exits 130, its port is closed, its client gets a precise error. */
@Timeout(60)
@EnabledOnOs(
        value = OS.LINUX,
        disabledReason =
                "needs Linux (procfs, signals, namespaces or the bash launcher); the portable subset leaves it out")
class PeerSignalTest {

    @Test
    void sigintStopsThePeerAndItsClientSeesWhy() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        Process peer = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        PeerCommandMain.class.getName(),
                        "--listen",
                        "127.0.0.1:" + port)
                .redirectErrorStream(true)
                .start();
        try {
            BufferedReader output =
                    new BufferedReader(new InputStreamReader(peer.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = output.readLine()) != null && !line.contains("benchctl peer: listening on")) {
                // skip log lines until the peer is up
            }
            assertTrue(line != null, "the peer never said it was listening");
            Thread.ofPlatform().daemon(true).start(() -> output.lines().forEach(ignored -> {}));

            PeerAddress address = new PeerAddress("127.0.0.1", port);
            PeerClientConfig config = PeerClientConfig.of(address, null).withRetries(0, Duration.ofSeconds(1));
            PeerConnection connection = new PeerClient(config).connect();
            FutureTask<Object> download = new FutureTask<>(() -> connection.download(Duration.ofSeconds(30), 65536));
            Thread.ofPlatform().start(download);
            Thread.sleep(300);

            new ProcessBuilder("kill", "-INT", Long.toString(peer.pid()))
                    .start()
                    .waitFor();
            assertTrue(peer.waitFor(10, TimeUnit.SECONDS), "the peer did not stop on SIGINT");
            assertEquals(130, peer.exitValue());

            Throwable cause = assertThrows(
                            java.util.concurrent.ExecutionException.class, () -> download.get(10, TimeUnit.SECONDS))
                    .getCause();
            assertTrue(cause instanceof PeerException, String.valueOf(cause));
            PeerFailure failure = ((PeerException) cause).failure();
            assertTrue(failure == PeerFailure.SHORT_READ || failure == PeerFailure.RESET, cause.getMessage());
            connection.close();

            PeerException refused = assertThrows(PeerException.class, () -> new PeerClient(config).connect());
            assertEquals(PeerFailure.REFUSED, refused.failure(), "the port is still open after the stop");
        } finally {
            peer.destroyForcibly();
        }
    }
}
