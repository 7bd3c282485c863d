package io.benchctl.runtime.fleet;

import io.benchctl.runtime.baseline.significance.Samples;
import java.util.Arrays;

/** Robust summaries of the hosts' medians of one metric. */
final class Spreads {

    /** Scales a MAD to estimate the standard deviation of normally distributed values. */
    static final double MAD_TO_SIGMA = 1.4826;

    private Spreads() {}

    /** Median absolute deviation from the median; 0 for fewer than two values. */
    static double mad(double[] values, double median) {
        double[] deviations =
                Arrays.stream(values).map(v -> Math.abs(v - median)).toArray();
        return Samples.median(deviations);
    }

    static FleetReport.Spread of(double[] medians) {
        double median = Samples.median(medians);
        double cv = Samples.coefficientOfVariation(medians);
        return new FleetReport.Spread(
                medians.length,
                median,
                Arrays.stream(medians).min().orElse(Double.NaN),
                Arrays.stream(medians).max().orElse(Double.NaN),
                mad(medians, median),
                Double.isNaN(cv) ? null : cv);
    }
}
