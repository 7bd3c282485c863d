package io.benchctl.plugins.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.benchctl.api.HostFacts;
import io.benchctl.api.Settings;
import io.benchctl.api.Workload;
import io.benchctl.api.result.WorkloadResult;
import io.benchctl.api.result.WorkloadStatus;
import io.benchctl.peer.OpenSockets;
import io.benchctl.peer.PeerException;
import io.benchctl.testkit.ModuleRun;
import io.benchctl.testkit.ModuleTestKit;
import io.benchctl.testkit.RecordingRecorder;
import io.benchctl.testkit.TestSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

@Timeout(120)
@EnabledOnOs(
        value = OS.LINUX,
        disabledReason =
                "needs Linux (procfs, signals, namespaces or the bash launcher); the portable subset leaves it out")
class NetworkModuleTest {
    private final NetworkModule module = new NetworkModule();

    static final HostFacts HOST = new HostFacts("linux", 2, 2, 32768, 524288, 33554432, 1L << 34);

    /**
     * What one run of a workload recorded, with the warnings it raised as {@code code: message},
     * its result and the exception it threw, if any.
     */
    record Run(RecordingRecorder recorded, List<String> warnings, WorkloadResult result, Optional<Throwable> thrown) {}

    static Settings settings(Map<String, Object> overrides) {
        return TestSettings.merged(new NetworkModule().defaults(HOST), overrides);
    }

    /** Runs a workload through the runtime's driver: warmup 50 ms, then 2 iterations of 200 ms. */
    static Run runLifecycle(Workload workload) {
        RecordingRecorder recorded = new RecordingRecorder();
        ModuleRun run = ModuleTestKit.forWorkload("network", workload)
                .host(HOST)
                .warmup(Duration.ofMillis(50))
                .iterationDuration(Duration.ofMillis(200))
                .iterations(2)
                .observe(recorded)
                .run();
        String variant = workload.variant();
        return new Run(
                recorded,
                run.workloadWarnings(variant).stream()
                        .map(w -> w.code() + ": " + w.message())
                        .toList(),
                run.test(variant),
                run.thrown(variant));
    }

    /**
     * Runs a workload that must fail on its peer: the runtime failed it with the exception's
     * message, and the exception is returned.
     */
    static PeerException peerFailure(Workload workload) {
        Run run = runLifecycle(workload);
        assertEquals(
                WorkloadStatus.FAILED, run.result().status(), () -> run.result().toString());
        PeerException e = assertInstanceOf(PeerException.class, run.thrown().orElseThrow());
        assertEquals(e.getMessage(), run.result().error().message());
        return e;
    }

    @Test
    void plansEveryWorkloadFromTheDefaults() {
        List<String> variants = module.plan(settings(Map.of()), HOST).stream()
                .map(Workload::variant)
                .toList();
        assertEquals(
                List.of(
                        "throughput/upload/1-stream",
                        "throughput/download/1-stream",
                        "throughput/upload/2-streams",
                        "throughput/download/2-streams",
                        "rtt/1B",
                        "rtt/64KiB",
                        "connect"),
                variants);
        assertTrue(module.configSchema().contains("\"additionalProperties\": false"));
    }

    @Test
    void loopbackRunsEveryWorkloadWithNoSetUpAndLeavesNothingBehind() throws Exception {
        List<String> socketsBefore = OpenSockets.tcp();
        Settings settings = settings(Map.of("streams", List.of(2L), "message_bytes", List.of(1L, "4KiB")));
        for (Workload workload : module.plan(settings, HOST)) {
            Run context = runLifecycle(workload);
            assertEquals(
                    WorkloadStatus.OK,
                    context.result().status(),
                    () -> context.result().toString());
            assertTrue(
                    context.recorded().allValues().values().stream()
                            .flatMap(List::stream)
                            .allMatch(v -> Double.isFinite(v) && v > 0),
                    workload.variant() + ": " + context.recorded().allValues());
            switch (workload.variant().split("/")[0]) {
                case "throughput" -> {
                    assertEquals(
                            2,
                            context.recorded()
                                    .values(ThroughputWorkload.THROUGHPUT)
                                    .size(),
                            workload.variant());
                    assertEquals(
                            2,
                            context.recorded()
                                    .values(ThroughputWorkload.THROUGHPUT.forThread(1))
                                    .size());
                    assertTrue(
                            context.warnings().stream()
                                    .anyMatch(w -> w.startsWith("socket-buffers: SO_SNDBUF")
                                            && w.matches(".*tcp_wmem \\[\\d+ \\d+ \\d+\\].*")),
                            context.warnings().toString());
                }
                case "rtt" -> {
                    assertTrue(context.recorded().latencyCount(RttWorkload.ROUND_TRIP) > 10, workload.variant());
                    assertEquals(
                            2,
                            context.recorded()
                                    .values(RttWorkload.ROUND_TRIPS_PER_SECOND)
                                    .size());
                }
                case "connect" -> {
                    assertTrue(context.recorded().latencyCount(ConnectWorkload.CONNECT_TIME) > 10);
                    assertEquals(
                            2,
                            context.recorded()
                                    .values(ConnectWorkload.CONNECTIONS_PER_SECOND)
                                    .size());
                }
                default -> throw new AssertionError(workload.variant());
            }
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        while (!leftoverThreads().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(List.of(), leftoverThreads(), "threads left running");
        List<String> socketsAfter = OpenSockets.tcp();
        assertEquals(socketsBefore.size(), socketsAfter.size(), "TCP sockets left open: " + socketsAfter);
    }

    @Test
    void settingsMistakesAreReportedByKey(@TempDir Path dir) throws Exception {
        IllegalArgumentException command = assertThrows(
                IllegalArgumentException.class, () -> module.plan(settings(Map.of("peer_command", "sleep 1")), HOST));
        assertTrue(command.getMessage().contains("peer_command")
                && command.getMessage().contains("mode = \"peer\""));
        IllegalArgumentException peer = assertThrows(
                IllegalArgumentException.class,
                () -> module.plan(settings(Map.of("mode", "peer", "peer", "host:port")), HOST));
        assertTrue(peer.getMessage().startsWith("modules.network.peer:"), peer.getMessage());
        Path weak = Files.writeString(dir.resolve("token"), "short");
        IllegalArgumentException token = assertThrows(
                IllegalArgumentException.class,
                () -> module.plan(settings(Map.of("mode", "peer", "token_file", weak.toString())), HOST));
        assertTrue(token.getMessage().contains("at least 16"), token.getMessage());
    }

    private static List<String> leftoverThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .map(Thread::getName)
                .filter(name -> name.startsWith("benchctl-net-") || name.startsWith("benchctl-peer-"))
                .toList();
    }
}
