package io.benchctl.plugins.cpu;

import io.benchctl.api.Better;
import io.benchctl.api.CancellationToken;
import io.benchctl.api.Metric;
import io.benchctl.api.Recorder;
import io.benchctl.api.Workload;
import io.benchctl.api.WorkloadContext;
import io.benchctl.kit.workers.PinnedWorkers;
import java.time.Duration;
import java.util.List;

/**
 * One cpu kernel on {@code threads} pinned workers. In each iteration every worker starts at the
 * same barrier and runs batches until the iteration's time is up (sysbench's time-limited mode);
 * a thread's rate is its ops over its own elapsed time, the aggregate is all ops over the longest
 * thread's elapsed time.
 */
final class CpuWorkload implements Workload {

    static final Metric OPS_PER_SECOND = Metric.of("ops_per_second", "ops/s", Better.HIGHER);
    private static final long SEED = 0x5EEDL;

    private final CpuKernelType type;
    private final int threads;
    private final long maxPrime;
    private PinnedWorkers workers;
    private CpuKernel[] kernels;
    /** Where checksums go so that no result is unused, as JMH's Blackhole does. */
    private volatile long checksumSink;

    CpuWorkload(CpuKernelType type, int threads, long maxPrime) {
        this.type = type;
        this.threads = threads;
        this.maxPrime = maxPrime;
    }

    @Override
    public String variant() {
        return type.id() + "/t" + threads;
    }

    @Override
    public void init(WorkloadContext context) throws Exception {
        workers = new PinnedWorkers("cpu-" + type.id(), threads, context.affinity());
        kernels = new CpuKernel[threads];
        // Built on the worker itself, so that its buffers are allocated (first-touched) there.
        workers.runOnAll(i -> kernels[i] = type.create(SEED + i, maxPrime));
    }

    @Override
    public void warmup(WorkloadContext context) throws Exception {
        if (!context.warmupDuration().isZero()) {
            measure(context.warmupDuration(), context.cancellation());
        }
    }

    @Override
    public void runIteration(WorkloadContext context, int iteration) throws Exception {
        List<ThreadRun> runs = measure(context.iterationDuration(), context.cancellation());
        Recorder recorder = context.recorder();
        long totalOps = 0;
        long longestNanos = 1;
        for (int i = 0; i < runs.size(); i++) {
            ThreadRun run = runs.get(i);
            recorder.recordValue(OPS_PER_SECOND.forThread(i), run.opsPerSecond());
            totalOps += run.ops();
            longestNanos = Math.max(longestNanos, run.elapsedNanos());
        }
        double aggregate = totalOps * 1e9 / longestNanos;
        recorder.recordValue(OPS_PER_SECOND, aggregate);
        context.progress().update((iteration + 1.0) / context.iterations(), String.format("%.0f ops/s", aggregate));
    }

    @Override
    public void close() throws Exception {
        if (workers != null) {
            workers.close();
            workers = null;
            kernels = null;
        }
    }

    private record ThreadRun(long ops, long elapsedNanos) {
        double opsPerSecond() {
            return ops * 1e9 / Math.max(1, elapsedNanos);
        }
    }

    private List<ThreadRun> measure(Duration duration, CancellationToken cancellation) throws Exception {
        long durationNanos = duration.toNanos();
        return workers.runOnAll(i -> {
            CpuKernel kernel = kernels[i];
            long opsPerBatch = kernel.opsPerBatch();
            long checksum = 0;
            long batches = 0;
            workers.barrier().await();
            long start = System.nanoTime();
            long now;
            do {
                checksum += kernel.runBatch(batches++);
                now = System.nanoTime();
            } while (now - start < durationNanos && !cancellation.isCancelled());
            checksumSink += checksum;
            return new ThreadRun(batches * opsPerBatch, now - start);
        });
    }
}
