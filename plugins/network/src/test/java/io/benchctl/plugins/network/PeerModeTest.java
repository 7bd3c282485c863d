package io.benchctl.plugins.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.benchctl.api.Settings;
import io.benchctl.api.Workload;
import io.benchctl.peer.FaultProxy;
import io.benchctl.peer.FaultProxy.Direction;
import io.benchctl.peer.FaultProxy.Fault;
import io.benchctl.peer.FaultProxy.Kind;
import io.benchctl.peer.PeerException;
import io.benchctl.peer.PeerFailure;
import io.benchctl.peer.PeerServer;
import io.benchctl.peer.PeerServerConfig;
import io.benchctl.peer.PeerToken;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The module against a separate peer: authentication, faults, and the peer_command lifecycle. */
@Timeout(120)
class PeerModeTest {
    private static final String TOKEN = "peer-mode-test-token-0123456789abcdef";
    private final NetworkModule module = new NetworkModule();

    @TempDir
    Path dir;

    private Path tokenFile(String token) throws Exception {
        return Files.writeString(dir.resolve("token-" + token.hashCode()), token + "\n");
    }

    private Settings peerSettings(String peer, Path tokenFile, Map<String, Object> more) {
        Map<String, Object> overrides = new java.util.HashMap<>(Map.of(
                "mode",
                "peer",
                "peer",
                peer,
                "token_file",
                tokenFile.toString(),
                "retries",
                1L,
                "connect_timeout",
                "300ms"));
        overrides.putAll(more);
        return NetworkModuleTest.settings(overrides);
    }

    private static PeerServer startPeer(String token) throws Exception {
        return PeerServer.start(PeerServerConfig.of(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), PeerToken.of(token.getBytes())));
    }

    private Workload only(Settings settings, String variant) {
        return module.plan(settings, NetworkModuleTest.HOST).stream()
                .filter(w -> w.variant().equals(variant))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void runsAgainstAnAuthenticatedPeer() throws Exception {
        try (PeerServer peer = startPeer(TOKEN)) {
            Settings settings = peerSettings(
                    "127.0.0.1:" + peer.address().getPort(),
                    tokenFile(TOKEN),
                    Map.of("workloads", List.of("throughput"), "streams", List.of(1L)));
            NetworkModuleTest.Run context =
                    NetworkModuleTest.runLifecycle(only(settings, "throughput/download/1-stream"));
            List<Double> throughput = context.recorded().values(ThroughputWorkload.THROUGHPUT);
            assertTrue(!throughput.isEmpty() && throughput.stream().allMatch(v -> v > 0), throughput::toString);
        }
    }

    @Test
    void aWrongTokenFailsTheWorkloadWithAnAuthMessage() throws Exception {
        try (PeerServer peer = startPeer(TOKEN)) {
            Settings settings = peerSettings(
                    "127.0.0.1:" + peer.address().getPort(), tokenFile("a-different-token-0123456789abcdef"), Map.of());
            PeerException e = NetworkModuleTest.peerFailure(only(settings, "rtt/1B"));
            assertEquals(PeerFailure.AUTH_FAILED, e.failure());
            assertTrue(e.getMessage().contains("token_file"), e.getMessage());
        }
    }

    @Test
    void aRefusedPeerFailsTheWorkloadAfterRetries() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        Settings settings = peerSettings("127.0.0.1:" + closedPort, tokenFile(TOKEN), Map.of());
        PeerException e = NetworkModuleTest.peerFailure(only(settings, "connect"));
        assertEquals(PeerFailure.REFUSED, e.failure());
        assertTrue(e.getMessage().contains("2 attempts"), e.getMessage());
    }

    @Test
    void aClientWithARetryWindowOutlastsAPeerThatStartsLater() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        Settings settings = peerSettings(
                "127.0.0.1:" + port,
                tokenFile(TOKEN),
                Map.of("connect_retry_window", "60s", "workloads", List.of("rtt"), "message_bytes", List.of(1L)));
        java.util.concurrent.CompletableFuture<PeerServer> late =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                    try {
                        Thread.sleep(2_000);
                        return PeerServer.start(PeerServerConfig.of(
                                new InetSocketAddress(InetAddress.getLoopbackAddress(), port),
                                PeerToken.of(TOKEN.getBytes())));
                    } catch (Exception e) {
                        throw new java.util.concurrent.CompletionException(e);
                    }
                });
        try {
            long startNanos = System.nanoTime();
            NetworkModuleTest.Run run = NetworkModuleTest.runLifecycle(only(settings, "rtt/1B"));
            assertTrue(System.nanoTime() - startNanos >= 2_000_000_000L, "connected before the peer started");
            assertEquals(
                    io.benchctl.api.result.WorkloadStatus.OK,
                    run.result().status(),
                    () -> run.result().toString());
        } finally {
            late.join().close();
        }
    }

    @Test
    void aShortRetryWindowFailsNamingTheSetting() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        Settings settings =
                peerSettings("127.0.0.1:" + closedPort, tokenFile(TOKEN), Map.of("connect_retry_window", "800ms"));
        long startNanos = System.nanoTime();
        PeerException e = NetworkModuleTest.peerFailure(only(settings, "connect"));
        assertTrue(System.nanoTime() - startNanos >= 800_000_000L, "gave up before the window ended");
        assertEquals(PeerFailure.REFUSED, e.failure());
        assertTrue(
                e.getMessage().contains("still failing at the end of modules.network.connect_retry_window (800 ms)"),
                e.getMessage());
    }

    @Test
    void aResetMidTestFailsTheIterationWithAResetMessage() throws Exception {
        try (PeerServer peer = startPeer(TOKEN);
                FaultProxy proxy =
                        FaultProxy.start(peer.address(), Fault.of(Kind.RESET, Direction.TO_CLIENT, 3_000_000))) {
            Settings settings =
                    peerSettings(proxy.address().toString(), tokenFile(TOKEN), Map.of("streams", List.of(2L)));
            PeerException e = NetworkModuleTest.peerFailure(only(settings, "throughput/download/2-streams"));
            assertEquals(PeerFailure.RESET, e.failure(), e.getMessage());
            assertTrue(e.getMessage().contains("was reset during download"), e.getMessage());
        }
    }

    @Test
    void peerCommandStartsThePeerAndIsStoppedAfterTheLastWorkload() throws Exception {
        Path token = tokenFile(TOKEN);
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        String command = "exec '" + java + "' -cp '" + System.getProperty("java.class.path") + "' "
                + TestPeerMain.class.getName() + " " + port + " '" + token + "'";
        Settings settings = peerSettings(
                "127.0.0.1:" + port,
                token,
                Map.of(
                        "peer_command",
                        command,
                        "retries",
                        8L,
                        "connect_timeout",
                        "1s",
                        "workloads",
                        List.of("rtt", "connect"),
                        "message_bytes",
                        List.of(1L)));
        List<Workload> workloads = module.plan(settings, NetworkModuleTest.HOST);
        NetworkModuleTest.Run last = null;
        for (Workload workload : workloads) {
            last = NetworkModuleTest.runLifecycle(workload);
        }
        assertTrue(
                last.warnings().stream()
                        .anyMatch(w ->
                                w.startsWith("peer-command-output:") && w.contains("test peer listening on " + port)),
                last.warnings().toString());
        assertTrue(ProcessHandle.current().children().noneMatch(ProcessHandle::isAlive), "peer_command still running");
    }

    @Test
    void aPeerCommandThatDiesIsNamedInTheFailure() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        Settings settings = peerSettings(
                "127.0.0.1:" + port,
                tokenFile(TOKEN),
                Map.of("peer_command", "echo 'ip: cannot open netns hostb'; exit 3", "retries", 2L));
        PeerException e = NetworkModuleTest.peerFailure(only(settings, "connect"));
        assertTrue(
                e.getMessage().contains("exited with status 3")
                        && e.getMessage().contains("cannot open netns"),
                e.getMessage());
        assertTrue(e.getMessage().startsWith("peer 127.0.0.1:" + port + " refused"), e.getMessage());
    }
}
