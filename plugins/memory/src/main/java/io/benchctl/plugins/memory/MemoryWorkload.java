package io.benchctl.plugins.memory;

import io.benchctl.api.Better;
import io.benchctl.api.CancellationToken;
import io.benchctl.api.Metric;
import io.benchctl.api.Recorder;
import io.benchctl.api.Workload;
import io.benchctl.api.WorkloadContext;
import io.benchctl.api.format.UnitText;
import io.benchctl.kit.workers.PinnedWorkers;
import java.util.ArrayList;
import java.util.List;

/**
 * One STREAM kernel over one buffer size and stride on {@code threads} pinned workers, each
 * owning a contiguous slice of the arrays (as OpenMP's static schedule gives STREAM's threads).
 *
 * <p>Timing follows STREAM: a pass starts when all workers leave a barrier and ends when all have
 * reached the next one; the rate of a pass is the bytes STREAM counts for it over its wall time.
 * A pass over a cache-sized buffer repeats the kernel enough times to last about a millisecond,
 * so that the timer's resolution and the barrier stay negligible. Each iteration runs passes for
 * the iteration's duration and records the mean rate ({@code bandwidth}, STREAM's average) and the
 * fastest pass ({@code bandwidth_best_pass}, STREAM's "Best Rate"); after the last iteration every
 * element is validated, and a wrong one fails the workload.
 */
final class MemoryWorkload implements Workload {

    static final Metric BANDWIDTH = Metric.of("bandwidth", "MB/s", Better.HIGHER);
    static final Metric BEST_PASS = Metric.of("bandwidth_best_pass", "MB/s", Better.HIGHER);
    static final long SEED = 0x5EEDL;
    private static final long TARGET_PASS_NANOS = 1_000_000;
    private static final long CALIBRATION_NANOS = 200_000_000;
    private static final int MAX_REPETITIONS = 1 << 24;

    private final StreamKernel kernel;
    private final long bufferBytes;
    private final int stride;
    private final int threads;
    private PinnedWorkers workers;
    private StreamArrays arrays;
    private long[] sliceStarts;
    private int repetitions = 1;
    private volatile long stopAtPass;

    MemoryWorkload(StreamKernel kernel, long bufferBytes, int stride, int threads) {
        this.kernel = kernel;
        this.bufferBytes = bufferBytes;
        this.stride = stride;
        this.threads = threads;
    }

    /** Elements per array: the buffer holds STREAM's three arrays of doubles. */
    static long elementsFor(long bufferBytes) {
        return bufferBytes / (3L * Double.BYTES);
    }

    /** Slice starts are multiples of this: a cache line of doubles times the stride. */
    static long sliceAlignment(int stride) {
        return 8L * stride;
    }

    @Override
    public String variant() {
        return kernel.id() + "/" + UnitText.exactBytes(bufferBytes) + "/stride" + stride + "/t" + threads;
    }

    @Override
    public void init(WorkloadContext context) throws Exception {
        long elements = elementsFor(bufferBytes);
        workers = new PinnedWorkers("memory-" + kernel.id(), threads, context.affinity());
        arrays = kernel == StreamKernel.COPY
                ? new NativeCopyArrays(elements, SEED)
                : new HeapStreamArrays(kernel, elements, SEED);
        sliceStarts = new long[threads + 1];
        long alignment = sliceAlignment(stride);
        for (int i = 0; i < threads; i++) {
            sliceStarts[i] = elements * i / threads / alignment * alignment;
        }
        sliceStarts[threads] = elements;
        workers.runOnAll(i -> {
            arrays.fill(sliceStarts[i], sliceStarts[i + 1]);
            return null;
        });
        calibrate(context.cancellation());
    }

    @Override
    public void warmup(WorkloadContext context) throws Exception {
        if (!context.warmupDuration().isZero()) {
            runPasses(context.warmupDuration().toNanos(), Long.MAX_VALUE, context.cancellation());
        }
    }

    @Override
    public void runIteration(WorkloadContext context, int iteration) throws Exception {
        Passes passes = runPasses(context.iterationDuration().toNanos(), Long.MAX_VALUE, context.cancellation());
        Recorder recorder = context.recorder();
        double bandwidth = megabytesPerSecond(bytesPerPass(0, threads) * passes.count(), passes.totalNanos());
        recorder.recordValue(BANDWIDTH, bandwidth);
        recorder.recordValue(BEST_PASS, megabytesPerSecond(bytesPerPass(0, threads), passes.fastestNanos()));
        for (int i = 0; i < threads; i++) {
            recorder.recordValue(
                    BANDWIDTH.forThread(i),
                    megabytesPerSecond(
                            bytesPerPass(i, i + 1) * passes.count(),
                            passes.busyNanos().get(i)));
        }
        context.progress().update((iteration + 1.0) / context.iterations(), String.format("%.0f MB/s", bandwidth));
        if (iteration == context.iterations() - 1) {
            validate(context.workloadId());
        }
    }

    /** Frees the arrays at once: the runtime may keep this object while later workloads allocate theirs. */
    @Override
    public void close() throws Exception {
        if (workers != null) {
            workers.close();
            workers = null;
        }
        if (arrays != null) {
            arrays.close();
            arrays = null;
        }
    }

    /**
     * @param count passes timed
     * @param totalNanos their summed wall time
     * @param fastestNanos the fastest one
     * @param busyNanos each thread's time inside the kernel
     */
    private record Passes(long count, long totalNanos, long fastestNanos, List<Long> busyNanos) {}

    /**
     * Runs barrier-separated passes until {@code durationNanos} have passed (or {@code maxPasses}).
     * Worker 0 takes the time after each barrier, and decides during pass k that pass k + 1 is the
     * last; the others read that decision only after the next barrier, so all stop together.
     */
    private Passes runPasses(long durationNanos, long maxPasses, CancellationToken cancellation) throws Exception {
        stopAtPass = Long.MAX_VALUE;
        List<Long> passNanos = new ArrayList<>();
        int reps = repetitions;
        List<Long> busy = workers.runOnAll(t -> {
            long from = sliceStarts[t];
            long to = sliceStarts[t + 1];
            long busyNanos = 0;
            long firstStart = 0;
            long previousStart = 0;
            for (long pass = 0; ; pass++) {
                workers.barrier().await();
                if (t == 0) {
                    long now = System.nanoTime();
                    if (pass == 0) {
                        firstStart = now;
                    } else {
                        passNanos.add(now - previousStart);
                    }
                    previousStart = now;
                }
                if (pass >= stopAtPass) {
                    return busyNanos;
                }
                long start = System.nanoTime();
                arrays.run(from, to, stride, reps);
                busyNanos += System.nanoTime() - start;
                if (t == 0
                        && (pass + 1 >= maxPasses
                                || System.nanoTime() - firstStart >= durationNanos
                                || cancellation.isCancelled())) {
                    stopAtPass = pass + 1;
                }
            }
        });
        long total = passNanos.stream().mapToLong(Long::longValue).sum();
        long fastest = passNanos.stream().mapToLong(Long::longValue).min().orElse(total);
        return new Passes(passNanos.size(), Math.max(1, total), Math.max(1, fastest), busy);
    }

    /** Sets the repetitions per pass so a pass lasts about a millisecond once the JIT has compiled the kernel. */
    private void calibrate(CancellationToken cancellation) throws Exception {
        long deadline = System.nanoTime() + CALIBRATION_NANOS;
        for (int round = 0; round < 10 && (round < 3 || System.nanoTime() < deadline); round++) {
            Passes passes = runPasses(0, 1, cancellation);
            double nanosPerRepetition = (double) passes.fastestNanos() / repetitions;
            repetitions = (int) Math.clamp(Math.ceil(TARGET_PASS_NANOS / nanosPerRepetition), 1, MAX_REPETITIONS);
        }
    }

    /** STREAM's accounting for threads [first, last): elements touched × arrays × 8 bytes × repetitions. */
    private long bytesPerPass(int first, int last) {
        long touched = 0;
        for (int t = first; t < last; t++) {
            touched += (sliceStarts[t + 1] - sliceStarts[t] + stride - 1) / stride;
        }
        return touched * kernel.arraysTouched * Double.BYTES * repetitions;
    }

    /** STREAM's MB: 10^6 bytes. */
    private static double megabytesPerSecond(long bytes, long nanos) {
        return bytes * 1e3 / Math.max(1, nanos);
    }

    private void validate(String workloadId) throws Exception {
        List<Long> errors = workers.runOnAll(t -> arrays.countErrors(sliceStarts[t], sliceStarts[t + 1], stride));
        long wrong = errors.stream().mapToLong(Long::longValue).sum();
        if (wrong > 0) {
            throw new IllegalStateException(workloadId + ": failed validation: " + wrong + " of "
                    + 3 * arrays.elements() + " array elements hold a wrong value after the run");
        }
    }

    /** For golden tests: the output array's checksum. */
    long outputChecksum() {
        return arrays.outputChecksum();
    }
}
