package io.benchctl.plugins.network;

import io.benchctl.api.Workload;
import io.benchctl.kit.testing.MapSettings;
import io.benchctl.kit.testing.RecordingRecorder;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Drives one network workload in loopback mode the way the runtime does (init, warmup, measured
 * iterations, close) and prints its headline, for {@code bench/network.sh} until that script
 * switches to the CLI. Usage: {@code throughput upload|download STREAMS SECONDS} or
 * {@code rtt BYTES SECONDS}. Prints {@code gbit_per_s X cpu_s_per_gb Y} (CPU seconds of this process,
 * both ends of the loopback, per GB moved: a figure other load on the machine disturbs less) or
 * {@code rtt_p50_ns X rtt_p99_ns Y}.
 */
public final class NetworkBenchMain {
    private NetworkBenchMain() {}

    public static void main(String[] args) throws Exception {
        Duration iteration = Duration.ofSeconds(Long.parseLong(args[3 - (args[0].equals("rtt") ? 1 : 0)]));
        Map<String, Object> overrides = args[0].equals("rtt")
                ? Map.of("workloads", List.of("rtt"), "message_bytes", List.of(Long.parseLong(args[1])))
                : Map.of("workloads", List.of("throughput"), "streams", List.of(Long.parseLong(args[2])));
        MapSettings settings = MapSettings.merged(new NetworkModule().defaults(NetworkModuleTest.HOST), overrides);
        String variant = args[0].equals("rtt") ? null : "throughput/" + args[1] + "/";
        Workload workload = new NetworkModule()
                .plan(settings, NetworkModuleTest.HOST).stream()
                        .filter(w -> variant == null || w.variant().startsWith(variant))
                        .findFirst()
                        .orElseThrow();
        RecordingRecorder recorded = new RecordingRecorder();
        Duration[] cpu = new Duration[2]; // before and after the measured iteration
        NetworkModuleTest.context(settings, Duration.ofSeconds(1), iteration, 1)
                .drive(workload, recorded, i -> cpu[0] = cpuTime(), i -> cpu[1] = cpuTime());
        if (variant != null) {
            double gbitPerSecond =
                    recorded.values(ThroughputWorkload.THROUGHPUT).getFirst();
            double gigabytes = gbitPerSecond / 8 * iteration.toNanos() / 1e9;
            System.out.printf(
                    Locale.ROOT,
                    "gbit_per_s %.3f cpu_s_per_gb %.4f%n",
                    gbitPerSecond,
                    (cpu[1].toNanos() - cpu[0].toNanos()) / 1e9 / gigabytes);
        } else {
            System.out.printf(
                    Locale.ROOT,
                    "rtt_p50_ns %d rtt_p99_ns %d%n",
                    recorded.latencyQuantile(RttWorkload.ROUND_TRIP, 0.50),
                    recorded.latencyQuantile(RttWorkload.ROUND_TRIP, 0.99));
        }
    }

    private static Duration cpuTime() {
        return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
    }
}
