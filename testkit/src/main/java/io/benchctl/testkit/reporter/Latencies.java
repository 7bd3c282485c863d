package io.benchctl.testkit.reporter;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.Random;
import org.HdrHistogram.Histogram;
import org.apiguardian.api.API;

/** Real HdrHistograms of made-up but plausible latency distributions. */
@API(status = EXPERIMENTAL, since = "1.0")
public final class Latencies {

    private Latencies() {}

    /**
     * A log-normal latency distribution with a slow tail, recorded into a histogram the way the
     * runtime records latencies (nanoseconds, 3 significant digits).
     */
    public static Histogram logNormal(double medianNanos, double sigma, int count, long seed) {
        Random random = new Random(seed);
        Histogram histogram = new Histogram(1, 3_600_000_000_000L, 3);
        for (int i = 0; i < count; i++) {
            double tail = random.nextInt(100) == 0 ? 8 : 1;
            histogram.recordValue(
                    Math.max(1, Math.round(medianNanos * tail * Math.exp(sigma * random.nextGaussian()))));
        }
        return histogram;
    }

    /** The result model's histogram encoding: compressed, then base64. */
    public static String encode(Histogram histogram) {
        ByteBuffer buffer = ByteBuffer.allocate(histogram.getNeededByteBufferCapacity());
        int length = histogram.encodeIntoCompressedByteBuffer(buffer);
        return Base64.getEncoder().encodeToString(java.util.Arrays.copyOf(buffer.array(), length));
    }
}
