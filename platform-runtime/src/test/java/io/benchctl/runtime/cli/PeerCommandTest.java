package io.benchctl.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.benchctl.peer.PeerAddress;
import io.benchctl.peer.PeerClient;
import io.benchctl.peer.PeerClientConfig;
import io.benchctl.peer.PeerConnection;
import io.benchctl.peer.PeerToken;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

@Timeout(30)
class PeerCommandTest {
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine line = new CommandLine(new PeerCommand());
        line.setErr(new PrintWriter(err, true));
        return line.execute(args);
    }

    @Test
    void refusesANonLoopbackAddressWithoutAToken() {
        assertEquals(2, run("--listen", "0.0.0.0:0"));
        assertTrue(
                err.toString().contains("without a token") && err.toString().contains("--token-file"), err.toString());
    }

    @Test
    void reportsABadAddressOrTokenFileAsUsageErrors(@TempDir Path dir) throws Exception {
        assertEquals(2, run("--listen", "127.0.0.1:http"));
        assertTrue(err.toString().contains("port 'http' is not a number"), err.toString());
        assertEquals(2, run("--token-file", dir.resolve("missing").toString()));
        assertTrue(err.toString().contains("does not exist"), err.toString());
        Path weak = Files.writeString(dir.resolve("weak"), "short\n");
        assertEquals(2, run("--token-file", weak.toString()));
        assertTrue(err.toString().contains("at least 16"), err.toString());
        assertEquals(2, run("--max-clients", "0"));
    }

    @Test
    void servesOneClientRunWithATokenThenExitsZero(@TempDir Path dir) throws Exception {
        Path tokenFile = Files.writeString(dir.resolve("token"), "peer-command-test-token-0123456789\n");
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        FutureTask<Integer> peer = new FutureTask<>(
                () -> run("--listen", "127.0.0.1:" + port, "--token-file", tokenFile.toString(), "--once"));
        Thread.ofPlatform().name("peer-command-test").start(peer);
        PeerClient client =
                new PeerClient(PeerClientConfig.of(new PeerAddress("127.0.0.1", port), PeerToken.readFile(tokenFile))
                        .withRetries(10, Duration.ofMillis(500)));
        try (PeerConnection connection = client.connect()) {
            assertTrue(connection.download(Duration.ofMillis(50), 65536).payloadBytes() > 0);
        }
        client.connect().endRun();
        assertEquals(0, peer.get(10, TimeUnit.SECONDS));
        assertTrue(err.toString().contains("listening on 127.0.0.1:" + port), err.toString());
    }
}
