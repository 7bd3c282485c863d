package io.benchctl.plugins.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.benchctl.api.Better;
import io.benchctl.api.result.MetricResult;
import io.benchctl.api.result.WorkloadResult;
import io.benchctl.api.result.WorkloadStatus;
import io.benchctl.peer.PeerServer;
import io.benchctl.peer.PeerServerConfig;
import io.benchctl.peer.PeerToken;
import io.benchctl.testkit.ModuleRun;
import io.benchctl.testkit.ModuleTestKit;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The UDP workloads under the real runtime, on loopback and against a peer with a token. */
@Timeout(120)
class UdpWorkloadTest {
    private static final String TOKEN = "udp-workload-test-token-0123456789";

    @TempDir
    Path dir;

    private static ModuleTestKit udp(Map<String, Object> settings) {
        return ModuleTestKit.forModule(new NetworkModule())
                .settings(settings)
                .warmup(Duration.ofMillis(200))
                .iterationDuration(Duration.ofMillis(500))
                .iterations(2)
                .cooldown(Duration.ZERO);
    }

    @Test
    void bothDirectionsRunOnLoopbackAndReportIperf3sFigures() {
        ModuleRun run = udp(Map.of(
                        "workloads",
                        List.of("udp"),
                        "udp_rates",
                        List.of("100Mbit"),
                        "udp_datagram_bytes",
                        List.of(1460)))
                .run();

        assertEquals(0, run.exitCode(), run.console());
        assertEquals(
                List.of("udp/upload/100Mbit/1460B", "udp/download/100Mbit/1460B"),
                run.tests().stream().map(WorkloadResult::variant).toList());
        for (WorkloadResult test : run.tests()) {
            assertEquals(WorkloadStatus.OK, test.status(), test.id() + ": " + test.error());
            assertMetrics(test);
        }
    }

    @Test
    void aPeerWithATokenServesUdp() throws Exception {
        Path tokenFile = Files.writeString(dir.resolve("token"), TOKEN + "\n");
        try (PeerServer peer = PeerServer.start(PeerServerConfig.of(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), PeerToken.of(TOKEN.getBytes())))) {
            ModuleRun run = udp(Map.of(
                            "mode", "peer",
                            "peer", "127.0.0.1:" + peer.address().getPort(),
                            "token_file", tokenFile.toString(),
                            "workloads", List.of("udp"),
                            "udp_rates", List.of("20Mbit"),
                            "udp_datagram_bytes", List.of("1KiB")))
                    .run();
            assertEquals(0, run.exitCode(), run.console());
            assertMetrics(run.test("udp/download/20Mbit/1KiB"));
            assertMetrics(run.test("udp/upload/20Mbit/1KiB"));
        }
    }

    @Test
    void aBadRateOrDatagramSizeStopsThePlanWithItsName() {
        IllegalArgumentException word = assertThrows(
                IllegalArgumentException.class,
                () -> udp(Map.of("workloads", List.of("udp"), "udp_rates", List.of("fast")))
                        .run());
        assertTrue(word.getMessage().contains("udp_rates"), word.getMessage());
        IllegalArgumentException tooFast = assertThrows(
                IllegalArgumentException.class,
                () -> udp(Map.of("workloads", List.of("udp"), "udp_rates", List.of("200Gbit")))
                        .run());
        assertTrue(
                tooFast.getMessage().contains("modules.network.udp_rates: '200Gbit' is outside 1 bit/s..100Gbit"),
                tooFast.getMessage());
        IllegalArgumentException tiny = assertThrows(
                IllegalArgumentException.class,
                () -> udp(Map.of("workloads", List.of("udp"), "udp_datagram_bytes", List.of(8)))
                        .run());
        assertTrue(tiny.getMessage().contains("udp_datagram_bytes"), tiny.getMessage());
    }

    private static void assertMetrics(WorkloadResult test) {
        Map<String, MetricResult> byName = new HashMap<>();
        test.metrics().forEach(m -> byName.put(m.name(), m));
        assertEquals(
                Set.of("throughput", "loss_percent", "jitter_ms", "out_of_order_datagrams"),
                byName.keySet(),
                test.id());
        assertEquals(Better.HIGHER, byName.get("throughput").better());
        assertEquals(Better.LOWER, byName.get("loss_percent").better());
        assertEquals("%", byName.get("loss_percent").unit());
        assertEquals(Better.LOWER, byName.get("jitter_ms").better());
        assertTrue(byName.get("throughput").value() > 0, test.id() + " " + byName.get("throughput"));
        assertTrue(byName.get("jitter_ms").value() > 0, test.id() + " " + byName.get("jitter_ms"));
        double loss = byName.get("loss_percent").value();
        // a loopback loses nothing on a quiet host; on a loaded one a starved receiver overflows its socket buffer
        assertTrue(loss >= 0 && loss <= 100, test.id() + " loss " + loss);
    }
}
