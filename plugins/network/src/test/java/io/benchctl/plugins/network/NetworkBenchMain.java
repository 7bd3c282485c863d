package io.benchctl.plugins.network;

import io.benchctl.api.Settings;
import io.benchctl.api.Workload;
import io.benchctl.api.WorkloadContext;
import io.benchctl.api.result.WorkloadResult;
import io.benchctl.api.result.WorkloadStatus;
import io.benchctl.testkit.ModuleTestKit;
import io.benchctl.testkit.RecordingRecorder;
import io.benchctl.testkit.TestSettings;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs one network workload in loopback mode through the runtime's driver (init, warmup, one
 * measured iteration, close) and prints its headline, for {@code bench/network.sh}. Usage: {@code throughput upload|download STREAMS SECONDS} or
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
        Settings settings = TestSettings.merged(new NetworkModule().defaults(NetworkModuleTest.HOST), overrides);
        String variant = args[0].equals("rtt") ? null : "throughput/" + args[1] + "/";
        Workload workload = new NetworkModule()
                .plan(settings, NetworkModuleTest.HOST).stream()
                        .filter(w -> variant == null || w.variant().startsWith(variant))
                        .findFirst()
                        .orElseThrow();
        RecordingRecorder recorded = new RecordingRecorder();
        CpuTimed timed = new CpuTimed(workload, new Duration[2]);
        WorkloadResult result = ModuleTestKit.forWorkload("network", timed)
                .host(NetworkModuleTest.HOST)
                .warmup(Duration.ofSeconds(1))
                .iterationDuration(iteration)
                .iterations(1)
                .observe(recorded)
                .run()
                .test(workload.variant());
        if (result.status() != WorkloadStatus.OK) {
            System.err.println("network/" + workload.variant() + " " + result.status() + ": " + result.error());
            System.exit(1);
        }
        Duration[] cpu = timed.cpu();
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

    /** The workload, with this process's CPU time read before and after each measured iteration. */
    private record CpuTimed(Workload workload, Duration[] cpu) implements Workload {
        @Override
        public String variant() {
            return workload.variant();
        }

        @Override
        public void init(WorkloadContext context) throws Exception {
            workload.init(context);
        }

        @Override
        public void warmup(WorkloadContext context) throws Exception {
            workload.warmup(context);
        }

        @Override
        public void runIteration(WorkloadContext context, int iteration) throws Exception {
            cpu[0] = cpuTime();
            workload.runIteration(context, iteration);
            cpu[1] = cpuTime();
        }

        @Override
        public void cooldown(WorkloadContext context) throws Exception {
            workload.cooldown(context);
        }

        @Override
        public void close() throws Exception {
            workload.close();
        }
    }
}
