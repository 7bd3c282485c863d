package io.benchctl.plugins.network;

import io.benchctl.api.Workload;
import java.time.Duration;
import java.util.ArrayList;
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
        MapSettings settings = new MapSettings(new NetworkModule().defaults(TestContext.HOST), overrides);
        String variant = args[0].equals("rtt") ? null : "throughput/" + args[1] + "/";
        Workload workload = new NetworkModule()
                .plan(settings, TestContext.HOST).stream()
                        .filter(w -> variant == null || w.variant().startsWith(variant))
                        .findFirst()
                        .orElseThrow();
        TestContext context = new TestContext(settings, Duration.ofSeconds(1), iteration);
        Duration cpuBefore;
        Duration cpuAfter;
        try {
            workload.init(context);
            workload.warmup(context);
            cpuBefore = ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
            workload.runIteration(context, 0);
            cpuAfter = ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
        } finally {
            workload.close();
        }
        if (variant != null) {
            double gbitPerSecond =
                    context.values.get(ThroughputWorkload.THROUGHPUT).getFirst();
            double gigabytes = gbitPerSecond / 8 * iteration.toNanos() / 1e9;
            System.out.printf(
                    Locale.ROOT,
                    "gbit_per_s %.3f cpu_s_per_gb %.4f%n",
                    gbitPerSecond,
                    (cpuAfter.toNanos() - cpuBefore.toNanos()) / 1e9 / gigabytes);
        } else {
            List<Long> sorted = new ArrayList<>(context.latencies.get(RttWorkload.ROUND_TRIP));
            sorted.sort(null);
            System.out.printf(
                    Locale.ROOT, "rtt_p50_ns %d rtt_p99_ns %d%n", sorted.get(sorted.size() / 2), sorted.get((int)
                            Math.min(sorted.size() - 1, Math.round(sorted.size() * 0.99))));
        }
    }
}
