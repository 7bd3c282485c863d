package io.benchctl.runtime.baseline.stats;

import org.apache.commons.statistics.descriptive.Mean;
import org.apache.commons.statistics.descriptive.StandardDeviation;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Run-to-run spread of a metric. Iterations inside one run agree far better than runs do (a new
 * JVM, other page-cache and frequency states: STREAM varies ±13 % between runs on our machines
 * while iterations agree within 1-2 %), so iteration samples alone would call that ordinary
 * drift significant. A new run's median is only unusual when it falls outside the 95 %
 * prediction interval of the baseline's per-run medians.
 */
public final class RunSpread {

    private RunSpread() {}

    /**
     * Half-width of the two-sided 95 % prediction interval for one more run's median,
     * {@code t(0.975, k-1) * s * sqrt(1 + 1/k)}, as a percent of the mean of the {@code k}
     * run medians. NaN when there are fewer than two runs or their mean is zero.
     */
    public static double predictionHalfWidthPercent(double[] runMedians) {
        int runs = runMedians.length;
        if (runs < 2) {
            return Double.NaN;
        }
        double mean = Mean.of(runMedians).getAsDouble();
        if (mean == 0) {
            return Double.NaN;
        }
        double t = TDistribution.of(runs - 1).inverseCumulativeProbability(0.975);
        double halfWidth = t * StandardDeviation.of(runMedians).getAsDouble() * Math.sqrt(1 + 1.0 / runs);
        return 100 * halfWidth / Math.abs(mean);
    }

    /** The mean of the run medians: the centre of the prediction interval. */
    public static double centre(double[] runMedians) {
        return Mean.of(runMedians).getAsDouble();
    }
}
