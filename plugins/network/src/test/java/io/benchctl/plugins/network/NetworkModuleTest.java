package io.benchctl.plugins.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.benchctl.api.CpuAffinity;
import io.benchctl.api.HostFacts;
import io.benchctl.api.Workload;
import io.benchctl.kit.testing.MapSettings;
import io.benchctl.kit.testing.RecordingRecorder;
import io.benchctl.kit.testing.TestWorkloadContext;
import io.benchctl.peer.OpenSockets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(120)
class NetworkModuleTest {
    private final NetworkModule module = new NetworkModule();

    static final HostFacts HOST = new HostFacts("linux", 2, 2, 32768, 524288, 33554432, 1L << 34);

    /** What one lifecycle recorded, with the warnings it raised as {@code code: message}. */
    record Run(RecordingRecorder recorded, List<String> warnings) {}

    static MapSettings settings(Map<String, Object> overrides) {
        return MapSettings.merged(new NetworkModule().defaults(HOST), overrides);
    }

    /** A context for one network workload; the network module writes no files. */
    static TestWorkloadContext context(MapSettings settings, Duration warmup, Duration iteration, int iterations) {
        return new TestWorkloadContext(
                "network/test",
                settings,
                HOST,
                warmup,
                iteration,
                iterations,
                CpuAffinity.NONE,
                TestWorkloadContext.noScratch("network"));
    }

    /** Drives a workload through its whole lifecycle, as the runtime does. */
    static Run runLifecycle(Workload workload, MapSettings settings) throws Exception {
        TestWorkloadContext context = context(settings, Duration.ofMillis(50), Duration.ofMillis(200), 2);
        RecordingRecorder recorded = new RecordingRecorder();
        context.drive(workload, recorded);
        return new Run(
                recorded,
                context.warnings().stream()
                        .map(w -> w.code() + ": " + w.message())
                        .toList());
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
        MapSettings settings = settings(Map.of("streams", List.of(2L), "message_bytes", List.of(1L, "4KiB")));
        for (Workload workload : module.plan(settings, HOST)) {
            Run context = runLifecycle(workload, settings);
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
