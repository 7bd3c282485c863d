package io.benchctl.plugins.disk;

import io.benchctl.api.CpuAffinity;
import io.benchctl.api.Metric;
import io.benchctl.kit.testing.MapSettings;
import io.benchctl.kit.testing.RecordingRecorder;
import io.benchctl.kit.testing.TestWorkloadContext;
import io.benchctl.runtime.scratch.ScratchManager;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The bench harness's driver (bench/disk-syscall.sh) until the CLI runs modules: one disk workload
 * through its lifecycle, one measured iteration, figures on stdout as one {@code RESULT} line.
 *
 * <p>Arguments: {@code <dir> <pattern> <blockSize> <fileSize> <direct> <fsync> <warmupMillis>
 * <seconds>}.
 */
public final class DiskBenchMain {
    private DiskBenchMain() {}

    public static void main(String[] args) throws Exception {
        DiskModule module = new DiskModule();
        MapSettings settings = MapSettings.merged(
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
        try (ScratchManager scratch = new ScratchManager(
                "bench-" + ProcessHandle.current().pid(),
                (code, message) -> System.err.println(code + ": " + message))) {
            TestWorkloadContext context = new TestWorkloadContext(
                    "disk/" + workload.variant(),
                    settings,
                    DiskModuleTest.HOST,
                    Duration.ofMillis(Long.parseLong(args[6])),
                    Duration.ofSeconds(Long.parseLong(args[7])),
                    1,
                    CpuAffinity.NONE,
                    scratch);
            RecordingRecorder recorded = new RecordingRecorder();
            context.drive(workload, recorded);
            context.warnings().forEach(w -> System.err.println(w.code() + ": " + w.message()));
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
}
