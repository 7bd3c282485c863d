package io.benchctl.runtime.baseline.significance;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Arrays;
import org.apache.commons.statistics.descriptive.Mean;
import org.apache.commons.statistics.descriptive.StandardDeviation;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.apache.commons.statistics.distribution.TDistribution;
import org.apiguardian.api.API;

/**
 * Run-to-run spread of a metric. Iterations inside one run agree far better than runs do (a new
 * JVM, other page-cache and frequency states: STREAM varies ±13 % between runs on our machines
 * while iterations agree within 1-2 %), so iteration samples alone would call that ordinary
 * drift significant. A new run's median is only unusual when it falls outside the 95 %
 * prediction interval of the baseline's per-run medians.
 *
 * <p>The interval is computed on logarithms: run-to-run noise is multiplicative (a slower disk
 * scales every figure), and a linear interval over a few noisy runs reaches below zero, where it
 * would excuse even a 40-fold slowdown.
 */
@API(status = INTERNAL, since = "0.1")
public final class RunSpread {

    /** Chi-square quantile that makes the standard-deviation estimate median-unbiased. */
    static final double CHI_SQUARE_MEDIAN = 0.5;

    private RunSpread() {}

    /**
     * The factor {@code f >= 1} such that one more run's median lies within
     * {@code [centre / f, centre * f]} with 95 % probability: {@code exp(t(0.975, k-1) * u *
     * sqrt(1 + 1/k))}, where {@code u = s * sqrt((k-1) / chi2median(k-1))} is the
     * median-unbiased estimate of the standard deviation of the {@code k} log run medians. Not
     * {@code s} itself: from a few runs it is biased low, and three runs that happened to agree
     * within 2 % flagged an unchanged re-run of the default profile 8 % slower here. NaN with
     * fewer than two runs or a median that is not positive.
     */
    public static double predictionFactor(double[] runMedians) {
        int runs = runMedians.length;
        if (runs < 2 || Arrays.stream(runMedians).anyMatch(m -> !(m > 0))) {
            return Double.NaN;
        }
        double[] logs = Arrays.stream(runMedians).map(Math::log).toArray();
        int degrees = runs - 1;
        double t = TDistribution.of(degrees).inverseCumulativeProbability(0.975);
        double sdMedianUnbiased = StandardDeviation.of(logs).getAsDouble()
                * Math.sqrt(
                        degrees / ChiSquaredDistribution.of(degrees).inverseCumulativeProbability(CHI_SQUARE_MEDIAN));
        return Math.exp(t * sdMedianUnbiased * Math.sqrt(1 + 1.0 / runs));
    }

    /** The geometric mean of the run medians: the centre of the prediction interval. */
    public static double centre(double[] runMedians) {
        return Math.exp(
                Mean.of(Arrays.stream(runMedians).map(Math::log).toArray()).getAsDouble());
    }
}
