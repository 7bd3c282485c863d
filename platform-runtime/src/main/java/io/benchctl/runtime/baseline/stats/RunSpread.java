package io.benchctl.runtime.baseline.stats;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Arrays;
import org.apache.commons.statistics.descriptive.Mean;
import org.apache.commons.statistics.descriptive.StandardDeviation;
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

    private RunSpread() {}

    /**
     * The factor {@code f >= 1} such that one more run's median lies within
     * {@code [centre / f, centre * f]} with 95 % probability: {@code exp(t(0.975, k-1) * s *
     * sqrt(1 + 1/k))} with {@code s} the standard deviation of the {@code k} log run medians. NaN
     * with fewer than two runs or a median that is not positive.
     */
    public static double predictionFactor(double[] runMedians) {
        int runs = runMedians.length;
        if (runs < 2 || Arrays.stream(runMedians).anyMatch(m -> !(m > 0))) {
            return Double.NaN;
        }
        double[] logs = Arrays.stream(runMedians).map(Math::log).toArray();
        double t = TDistribution.of(runs - 1).inverseCumulativeProbability(0.975);
        return Math.exp(t * StandardDeviation.of(logs).getAsDouble() * Math.sqrt(1 + 1.0 / runs));
    }

    /** The geometric mean of the run medians: the centre of the prediction interval. */
    public static double centre(double[] runMedians) {
        return Math.exp(
                Mean.of(Arrays.stream(runMedians).map(Math::log).toArray()).getAsDouble());
    }
}
