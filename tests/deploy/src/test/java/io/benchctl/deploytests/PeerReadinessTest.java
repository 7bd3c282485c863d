package io.benchctl.deploytests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the network manifests rely on, with this build's benchctl on loopback: the peer Job's
 * readiness probe (a TCP connection opened and closed, as the kubelet's tcpSocket probe does)
 * neither stops {@code benchctl peer --once} nor uses up its one client run, and the peer exits
 * 0 once the client's run is over, which completes the peer Job.
 */
class PeerReadinessTest {
    @TempDir
    Path temp;

    @Test
    void probesDoNotUseUpOnceAndThePeerExitsAfterItsClient() throws Exception {
        Path token = Files.writeString(temp.resolve("token"), "0123456789abcdef0123456789abcdef");
        int port = freePort();
        Process peer = new ProcessBuilder(
                        Repo.DIST.resolve("bin/benchctl").toString(),
                        "peer",
                        "--listen",
                        "127.0.0.1:" + port,
                        "--token-file",
                        token.toString(),
                        "--once")
                .redirectErrorStream(true)
                .redirectOutput(temp.resolve("peer.log").toFile())
                .start();
        try {
            int probes = 0;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (probes < 5 && System.nanoTime() < deadline) {
                if (probe(port)) {
                    probes++;
                } else {
                    Thread.sleep(200);
                }
                assertTrue(peer.isAlive(), "the peer stopped after " + probes + " probe(s): " + log());
            }
            assertEquals(5, probes, "the peer never became ready: " + log());

            Path profile = Files.writeString(
                    temp.resolve("network.toml"),
                    "[run]\nname = \"p-k8s-pair\"\nwarmup = \"0ms\"\nduration = \"200ms\"\niterations = 1\n"
                            + "[modules.network]\nmode = \"peer\"\npeer = \"127.0.0.1:" + port + "\"\ntoken_file = \""
                            + token + "\"\nstreams = [1]\nmessage_bytes = [1]\n");
            Repo.Finished client = Repo.run(
                    temp,
                    Map.of(),
                    List.of(
                            Repo.DIST.resolve("bin/benchctl").toString(),
                            "run",
                            "--profile",
                            profile.toString(),
                            "--output",
                            temp.resolve("results").toString(),
                            "--reporters",
                            "json",
                            "--no-tui"));
            assertEquals(0, client.exitCode(), client.out() + client.err());
            assertTrue(peer.waitFor(30, TimeUnit.SECONDS), "the peer is still running after its one client: " + log());
            assertEquals(0, peer.exitValue(), log());
        } finally {
            peer.destroyForcibly().waitFor();
        }
    }

    /** A kubelet tcpSocket probe: connect, then close without a word. */
    private static boolean probe(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private String log() throws IOException {
        return Files.readString(temp.resolve("peer.log"));
    }
}
