package io.benchctl.plugins.syscall;

import io.benchctl.api.Workload;
import io.benchctl.testkit.RecordingRecorder;
import java.time.Duration;
import java.util.Locale;

/**
 * The bench harness's driver (bench/disk-syscall.sh): one syscall workload through the
 * runtime's driver, threads pinned by the runtime (measurement thread i on the i-th allowed
 * CPU), one measured iteration, figures on stdout as one {@code RESULT} line.
 *
 * <p>Arguments: {@code pipe <payloadBytes> <warmupMillis> <seconds>} or
 * {@code null <warmupMillis> <seconds>}.
 */
public final class SyscallBenchMain {
    private SyscallBenchMain() {}

    public static void main(String[] args) throws Exception {
        boolean pipe = args[0].equals("pipe");
        int next = pipe ? 2 : 1;
        Workload workload = pipe ? new PipeWorkload(Long.parseLong(args[1]), 1) : new NullSyscallWorkload();
        RecordingRecorder recorded = SyscallModuleTest.run(
                workload,
                true,
                Duration.ofMillis(Long.parseLong(args[next])),
                Duration.ofSeconds(Long.parseLong(args[next + 1])),
                1);
        if (pipe) {
            System.out.printf(
                    Locale.ROOT,
                    "RESULT p50_ns=%d p99_ns=%d write_p50_ns=%d read_wait_p50_ns=%d mbps=%.1f%n",
                    recorded.latencyQuantile(PipeWorkload.ROUND_TRIP, 0.50),
                    recorded.latencyQuantile(PipeWorkload.ROUND_TRIP, 0.99),
                    recorded.latencyQuantile(PipeWorkload.WRITE_LATENCY, 0.50),
                    recorded.latencyQuantile(PipeWorkload.READ_WAIT_LATENCY, 0.50),
                    recorded.values(PipeWorkload.BANDWIDTH).getFirst());
        } else {
            System.out.printf(
                    Locale.ROOT,
                    "RESULT p50_ns=%d mean_ns=%.1f%n",
                    recorded.latencyQuantile(NullSyscallWorkload.LATENCY, 0.50),
                    1e9 / recorded.values(NullSyscallWorkload.CALLS).getFirst());
        }
    }
}
