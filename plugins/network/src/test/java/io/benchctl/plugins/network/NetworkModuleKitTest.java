package io.benchctl.plugins.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.benchctl.api.result.MetricResult;
import io.benchctl.api.result.WorkloadResult;
import io.benchctl.api.result.WorkloadStatus;
import io.benchctl.testkit.ModuleRun;
import io.benchctl.testkit.ModuleTestKit;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The module under the real runtime (profile loading, JSON Schema, orchestrator, statistics):
 * its defaults pass its own schema, every workload runs on loopback with no set-up, and a peer
 * fault becomes a failed test with the precise message while the others still run.
 */
@Timeout(120)
class NetworkModuleKitTest {

    @Test
    void defaultsRunEveryWorkloadOnLoopbackWithNoSetUp() {
        ModuleRun run = ModuleTestKit.forModule(new NetworkModule()).run();

        assertEquals(0, run.exitCode(), run.console());
        assertEquals(
                List.of(
                        "throughput/upload/1-stream",
                        "throughput/download/1-stream",
                        "throughput/upload/2-streams",
                        "throughput/download/2-streams",
                        "rtt/1B",
                        "rtt/64KiB",
                        "connect"),
                run.tests().stream().map(WorkloadResult::variant).toList());
        for (WorkloadResult test : run.tests()) {
            assertEquals(WorkloadStatus.OK, test.status(), test.id() + ": " + test.error());
            assertTrue(!test.metrics().isEmpty(), test.id());
            for (MetricResult metric : test.metrics()) {
                assertTrue(Double.isFinite(metric.value()) && metric.value() > 0, test.id() + " " + metric);
            }
        }
        WorkloadResult twoStreams = run.test("throughput/upload/2-streams");
        assertEquals(
                3,
                twoStreams.metrics().stream()
                        .filter(m -> m.name().equals("throughput"))
                        .count(),
                "throughput of each of the 2 streams and their aggregate: " + twoStreams.metrics());
    }

    @Test
    void aRefusedPeerFailsEachWorkloadWithThePreciseMessage() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        ModuleRun run = ModuleTestKit.forModule(new NetworkModule())
                .settings(Map.of(
                        "mode",
                        "peer",
                        "peer",
                        "127.0.0.1:" + closedPort,
                        "retries",
                        1,
                        "connect_timeout",
                        "200ms",
                        "workloads",
                        List.of("rtt", "connect"),
                        "message_bytes",
                        List.of(1)))
                .run();

        assertEquals(1, run.exitCode(), run.console());
        for (String variant : List.of("rtt/1B", "connect")) {
            WorkloadResult test = run.test(variant);
            assertEquals(WorkloadStatus.FAILED, test.status(), variant);
            assertTrue(
                    test.error().message().contains("peer 127.0.0.1:" + closedPort + " refused the connection")
                            && test.error().message().contains("2 attempts"),
                    test.error().message());
        }
    }

    @Test
    void theSchemaCatchesMistakesBeforeAnythingRuns() {
        IllegalArgumentException misspelt = assertThrows(
                IllegalArgumentException.class,
                () -> ModuleTestKit.forModule(new NetworkModule())
                        .set("stream", List.of(1))
                        .run());
        assertTrue(misspelt.getMessage().contains("stream"), misspelt.getMessage());
        IllegalArgumentException mode = assertThrows(
                IllegalArgumentException.class,
                () -> ModuleTestKit.forModule(new NetworkModule())
                        .set("mode", "remote")
                        .run());
        assertTrue(mode.getMessage().contains("mode"), mode.getMessage());
    }
}
