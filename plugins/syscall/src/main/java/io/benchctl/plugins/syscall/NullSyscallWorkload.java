package io.benchctl.plugins.syscall;

import io.benchctl.api.Better;
import io.benchctl.api.Metric;
import io.benchctl.api.Recorder;
import io.benchctl.api.Workload;
import io.benchctl.api.WorkloadContext;
import io.benchctl.kit.workers.JobThreads;
import java.time.Duration;

/**
 * The cost of entering and leaving the kernel, like lmbench {@code lat_syscall null} and
 * {@code perf bench syscall basic}: getppid(2) in a loop on a pinned thread. A clock read costs
 * about as much as the call, so calls are timed in batches and each batch's mean per call goes
 * into the histogram, weighted by the batch's size.
 */
final class NullSyscallWorkload implements Workload {
    static final Metric LATENCY = Metric.of("null_syscall", "ns", Better.LOWER);
    static final Metric CALLS = Metric.of("calls", "ops/s", Better.HIGHER);

    /** About 2 ms per batch at 200 ns a call: a clock read is lost in it, and there are many per iteration. */
    static final int BATCH_CALLS = 10_000;

    /** Written so the calls' results are used; never read. */
    @SuppressWarnings("unused")
    private volatile int sink;

    /** Skipped, not failed, where the C library lacks the calls (Windows). */
    @Override
    public void init(WorkloadContext context) {
        LibcCalls.require();
    }

    @Override
    public String variant() {
        return "null";
    }

    @Override
    public void warmup(WorkloadContext context) throws Exception {
        runPinned(context, context.warmupDuration());
    }

    @Override
    public void runIteration(WorkloadContext context, int iteration) throws Exception {
        runPinned(context, context.iterationDuration());
    }

    private void runPinned(WorkloadContext context, Duration duration) throws Exception {
        JobThreads<Void> threads = new JobThreads<>("syscall-null");
        threads.start(() -> {
            context.affinity().pinCurrentThread(0);
            callInBatches(duration, context);
            return null;
        });
        threads.awaitAll(250, () -> {});
    }

    private void callInBatches(Duration duration, WorkloadContext context) {
        Recorder recorder = context.recorder();
        int result = 0;
        long calls = 0;
        long startNanos = System.nanoTime();
        long deadlineNanos = startNanos + duration.toNanos();
        long nowNanos = startNanos;
        while (nowNanos < deadlineNanos && !context.cancellation().isCancelled()) {
            long batchStartNanos = nowNanos;
            for (int i = 0; i < BATCH_CALLS; i++) {
                result += Libc.getppid();
            }
            nowNanos = System.nanoTime();
            recorder.recordLatencyNanos(
                    LATENCY, Math.round((nowNanos - batchStartNanos) / (double) BATCH_CALLS), BATCH_CALLS);
            calls += BATCH_CALLS;
        }
        sink = result;
        recorder.recordValue(CALLS, calls / ((nowNanos - startNanos) / 1e9));
    }
}
