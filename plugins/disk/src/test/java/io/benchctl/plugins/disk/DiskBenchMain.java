package io.benchctl.plugins.disk;

import io.benchctl.api.Metric;
import io.benchctl.api.Settings;
import io.benchctl.api.result.WorkloadResult;
import io.benchctl.api.result.WorkloadStatus;
import io.benchctl.testkit.ModuleRun;
import io.benchctl.testkit.ModuleTestKit;
import io.benchctl.testkit.RecordingRecorder;
import io.benchctl.testkit.TestSettings;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The bench harness's driver (bench/disk-syscall.sh): one disk workload through the runtime's
 * driver, one measured iteration, figures on stdout as one {@code RESULT} line.
 *
 * <p>Arguments: {@code <dir> <pattern> <blockSize> <fileSize> <direct> <fsync> <warmupMillis>
 * <seconds>}.
 */
public final class DiskBenchMain {
    private DiskBenchMain() {}

    public static void main(String[] args) throws Exception {
        DiskModule module = new DiskModule();
        Settings settings = TestSettings.merged(
                module.defaults(DiskModuleTest.HOST),
                Map.of(
                        "dir", args[0],
                        "patterns", List.of(args[1]),
                        "block_sizes", List.of(args[2]),
                        "file_size", args[3],
                        "quota", args[3],
                        "direct", args[4],
                        "fsync", args[5]));
        DiskWorkload workload =
                (DiskWorkload) module.plan(settings, DiskModuleTest.HOST).getFirst();
        RecordingRecorder recorded = new RecordingRecorder();
        ModuleRun run = ModuleTestKit.forWorkload("disk", workload)
                .host(DiskModuleTest.HOST)
                .warmup(Duration.ofMillis(Long.parseLong(args[6])))
                .iterationDuration(Duration.ofSeconds(Long.parseLong(args[7])))
                .iterations(1)
                .observe(recorded)
                .run();
        run.workloadWarnings(workload.variant()).forEach(w -> System.err.println(w.code() + ": " + w.message()));
        WorkloadResult result = run.test(workload.variant());
        if (result.status() != WorkloadStatus.OK) {
            System.err.println("disk/" + workload.variant() + " " + result.status() + ": " + result.error());
            System.exit(1);
        }
        Metric latency = args[1].contains("read") ? DiskWorkload.LATENCIES.read() : DiskWorkload.LATENCIES.write();
        System.out.printf(
                Locale.ROOT,
                "RESULT direct=%b mbps=%.3f iops=%.1f p50_ns=%d p99_ns=%d%n",
                workload.direct(),
                recorded.values(DiskWorkload.BANDWIDTH).getFirst(),
                recorded.values(DiskWorkload.IOPS).getFirst(),
                recorded.latencyQuantile(latency, 0.50),
                recorded.latencyQuantile(latency, 0.99));
    }
}
