package io.benchctl.runtime.baseline.significance;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.HdrHistogram.AbstractHistogram;
import org.HdrHistogram.HistogramIterationValue;
import org.apiguardian.api.API;

/**
 * How far one latency distribution moved from another: the Population Stability Index over
 * buckets shared by both sides, and the Kolmogorov–Smirnov distance between their CDFs.
 *
 * <p>The PSI buckets are the baseline's deciles (the usual PSI set-up: ten buckets that each hold
 * a tenth of the baseline), not HdrHistogram's own sub-buckets: those are so fine that sampling
 * noise alone would give a large index. Deciles that fall in one HdrHistogram bucket merge.
 *
 * <p>The KS distance is computed on the bucketed CDFs directly: expanding millions of recorded
 * latencies into arrays for a library routine would cost far more than this walk and give the
 * same figure (the tests check that against Commons Statistics on expanded values).
 */
@API(status = INTERNAL, since = "0.1")
public final class HistogramDrift {

    /** The drift figures of one metric. */
    public record Drift(double psi, double ksDistance) {}

    private static final int PSI_BUCKETS = 10;

    private HistogramDrift() {}

    /** Null when either histogram is empty. */
    public static Drift between(AbstractHistogram baseline, AbstractHistogram current) {
        if (baseline.getTotalCount() == 0 || current.getTotalCount() == 0) {
            return null;
        }
        long[] edges = decileEdges(baseline);
        double psi = PopulationStability.index(fractions(baseline, edges), fractions(current, edges));
        return new Drift(psi, ksDistance(baseline, current));
    }

    /** Distinct upper bucket edges at the baseline's 10th..90th percentiles. */
    static long[] decileEdges(AbstractHistogram baseline) {
        return IntStream.range(1, PSI_BUCKETS)
                .mapToLong(k -> baseline.getValueAtPercentile(100.0 * k / PSI_BUCKETS))
                .distinct()
                .sorted()
                .toArray();
    }

    /** Fraction of the histogram in each bucket: (-inf, e0], (e0, e1], ..., (e_last, +inf). */
    static double[] fractions(AbstractHistogram histogram, long[] edges) {
        double[] fractions = new double[edges.length + 1];
        double total = histogram.getTotalCount();
        for (HistogramIterationValue v : histogram.recordedValues()) {
            int bucket = Arrays.binarySearch(edges, v.getValueIteratedTo());
            int index = bucket >= 0 ? bucket : -bucket - 1;
            fractions[index] += v.getCountAtValueIteratedTo() / total;
        }
        return fractions;
    }

    /** Largest gap between the two empirical CDFs, evaluated at every recorded bucket. */
    static double ksDistance(AbstractHistogram a, AbstractHistogram b) {
        List<long[]> left = buckets(a);
        List<long[]> right = buckets(b);
        double totalA = a.getTotalCount();
        double totalB = b.getTotalCount();
        long cumulativeA = 0;
        long cumulativeB = 0;
        double distance = 0;
        int i = 0;
        int j = 0;
        while (i < left.size() || j < right.size()) {
            long value = Math.min(
                    i < left.size() ? left.get(i)[0] : Long.MAX_VALUE,
                    j < right.size() ? right.get(j)[0] : Long.MAX_VALUE);
            while (i < left.size() && left.get(i)[0] == value) {
                cumulativeA += left.get(i++)[1];
            }
            while (j < right.size() && right.get(j)[0] == value) {
                cumulativeB += right.get(j++)[1];
            }
            distance = Math.max(distance, Math.abs(cumulativeA / totalA - cumulativeB / totalB));
        }
        return distance;
    }

    private static List<long[]> buckets(AbstractHistogram histogram) {
        List<long[]> buckets = new ArrayList<>();
        for (HistogramIterationValue v : histogram.recordedValues()) {
            buckets.add(new long[] {v.getValueIteratedTo(), v.getCountAtValueIteratedTo()});
        }
        return buckets;
    }
}
