package io.benchctl.runtime.measure;

import io.benchctl.api.result.Stats;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;

/**
 * Statistics of all latency observations of a metric, read from its HdrHistogram: every
 * percentile is the histogram's (within its 3 significant digits), and the CI of the median
 * uses the order-statistic ranks over all observations.
 */
final class LatencyStatistics {

    private LatencyStatistics() {}

    static Stats of(Histogram histogram) {
        long n = histogram.getTotalCount();
        if (n == 0) {
            throw new IllegalArgumentException("empty histogram");
        }
        double mean = histogram.getMean();
        double stddev = histogram.getStdDeviation();
        MedianConfidence.Ranks ci = MedianConfidence.ranks(n);
        return new Stats(
                n,
                mean,
                stddev,
                SampleStatistics.coefficientOfVariation(stddev, mean),
                histogram.getMinValue(),
                histogram.getValueAtPercentile(50),
                histogram.getValueAtPercentile(90),
                histogram.getValueAtPercentile(95),
                histogram.getValueAtPercentile(99),
                histogram.getValueAtPercentile(99.9),
                histogram.getMaxValue(),
                valueAtRank(histogram, ci.lower()),
                valueAtRank(histogram, ci.upper()));
    }

    /** The histogram compressed as HdrHistogram's own format, base64-encoded. */
    static String encode(Histogram histogram) {
        ByteBuffer buffer = ByteBuffer.allocate(histogram.getNeededByteBufferCapacity());
        int length = histogram.encodeIntoCompressedByteBuffer(buffer);
        return Base64.getEncoder().encodeToString(Arrays.copyOf(buffer.array(), length));
    }

    /** The inverse of {@link #encode}. */
    static Histogram decode(String base64) {
        try {
            return Histogram.decodeFromCompressedByteBuffer(
                    ByteBuffer.wrap(Base64.getDecoder().decode(base64)), 0);
        } catch (java.util.zip.DataFormatException e) {
            throw new IllegalArgumentException("not a compressed HdrHistogram: " + e.getMessage(), e);
        }
    }

    /**
     * The rank-th smallest observation (1-based), walked exactly rather than through a percentile,
     * whose floating-point conversion back to a count can land one rank off.
     */
    private static double valueAtRank(Histogram histogram, long rank) {
        long seen = 0;
        for (HistogramIterationValue bucket : histogram.recordedValues()) {
            seen += bucket.getCountAtValueIteratedTo();
            if (seen >= rank) {
                return histogram.highestEquivalentValue(bucket.getValueIteratedTo());
            }
        }
        return histogram.getMaxValue();
    }
}
