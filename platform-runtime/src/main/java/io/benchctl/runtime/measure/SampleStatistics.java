package io.benchctl.runtime.measure;

import io.benchctl.api.result.Stats;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.statistics.descriptive.Mean;
import org.apache.commons.statistics.descriptive.Quantile;
import org.apache.commons.statistics.descriptive.StandardDeviation;

/**
 * Statistics of per-iteration samples (throughputs, rates): mean, sample standard deviation
 * (n - 1), CV, quantiles by Commons Statistics' default estimator (HF8, which at p = 0.5 is the
 * usual median) and the order-statistic CI of the median.
 */
final class SampleStatistics {

    private static final double[] PERCENTILES = {0.5, 0.9, 0.95, 0.99, 0.999};

    private SampleStatistics() {}

    static Stats of(List<Double> samples) {
        double[] sorted =
                samples.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = sorted.length;
        if (n == 0) {
            throw new IllegalArgumentException("no samples");
        }
        double mean = Mean.of(sorted).getAsDouble();
        double stddev = n < 2 ? 0 : StandardDeviation.of(sorted).getAsDouble();
        double[] q = Quantile.withDefaults().withCopy(false).evaluate(sorted, PERCENTILES);
        MedianConfidence.Ranks ci = MedianConfidence.ranks(n);
        return new Stats(
                n,
                mean,
                stddev,
                coefficientOfVariation(stddev, mean),
                sorted[0],
                q[0],
                q[1],
                q[2],
                q[3],
                q[4],
                sorted[n - 1],
                sorted[(int) ci.lower() - 1],
                sorted[(int) ci.upper() - 1]);
    }

    static double median(List<Double> samples) {
        double[] values = samples.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(values);
        return Quantile.withDefaults().withCopy(false).evaluate(values, 0.5);
    }

    /** stddev / |mean|, and 0 rather than NaN or infinity when the mean is 0. */
    static double coefficientOfVariation(double stddev, double mean) {
        return mean == 0 ? 0 : stddev / Math.abs(mean);
    }
}
