package ${package};

import io.benchctl.api.Better;
import io.benchctl.api.Metric;
import io.benchctl.api.Workload;
import io.benchctl.api.WorkloadContext;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Hashes one buffer size. The runtime calls, on one thread:
 * init → warmup → runIteration (once per measured iteration) → cooldown → close.
 */
final class SampleWorkload implements Workload {
    static final Metric THROUGHPUT = Metric.of("throughput", "MB/s", Better.HIGHER);
    static final Metric DIGEST_LATENCY = Metric.of("digest_latency", "ns", Better.LOWER);

    private final String algorithm;
    private final String sizeName;
    private final int sizeBytes;
    private MessageDigest digest;
    private byte[] buffer;

    SampleWorkload(String algorithm, String sizeName, int sizeBytes) {
        this.algorithm = algorithm;
        this.sizeName = sizeName;
        this.sizeBytes = sizeBytes;
    }

    /** Unique within the module: the result id is {@code <module>/<variant>}. */
    @Override
    public String variant() {
        return algorithm.toLowerCase(Locale.ROOT) + "/" + sizeName;
    }

    /** Allocation and set-up belong here, outside the measurement. */
    @Override
    public void init(WorkloadContext context) throws Exception {
        digest = MessageDigest.getInstance(algorithm);
        buffer = new byte[sizeBytes];
        ThreadLocalRandom.current().nextBytes(buffer);
        long lastLevelCache = context.host().lastLevelCacheBytes();
        if (lastLevelCache > 0 && sizeBytes > lastLevelCache) {
            context.warn("exceeds-cache", sizeName + " is larger than the last-level cache: the figure includes memory reads");
        }
    }

    /**
     * Hashes for the iteration's duration and records one throughput value per iteration and the
     * latency of every digest (the runtime keeps those in a histogram).
     */
    @Override
    public void runIteration(WorkloadContext context, int iteration) {
        long startNanos = System.nanoTime();
        long deadlineNanos = startNanos + context.iterationDuration().toNanos();
        long bytes = 0;
        long now = startNanos;
        // Check the deadline and cancellation between digests: a step that overruns its time
        // limit is abandoned and the workload failed.
        while (now < deadlineNanos && !context.cancellation().isCancelled()) {
            digest.update(buffer);
            digest.digest();
            long end = System.nanoTime();
            context.recorder().recordLatencyNanos(DIGEST_LATENCY, end - now);
            bytes += sizeBytes;
            now = end;
        }
        double seconds = (now - startNanos) / 1e9;
        context.recorder().recordValue(THROUGHPUT, bytes / seconds / 1e6);
    }

    /** Nothing to drain after hashing: skip the runtime's default cooldown pause. */
    @Override
    public void cooldown(WorkloadContext context) {}

    @Override
    public void close() {
        buffer = null;
    }
}
