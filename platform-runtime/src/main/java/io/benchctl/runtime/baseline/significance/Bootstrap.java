package io.benchctl.runtime.baseline.significance;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.apache.commons.statistics.descriptive.Median;
import org.apiguardian.api.API;

/**
 * Percentile bootstrap of the relative change of the median between two samples. Written here
 * rather than taken from a library because it is a dozen lines and must be seeded, so that the
 * same two files always give the same interval.
 */
@API(status = INTERNAL, since = "0.1")
public final class Bootstrap {

    /** A confidence interval of a percent change. */
    public record Interval(double lowPercent, double highPercent) {
        /** Whether the interval lies entirely on one side of zero. */
        public boolean excludesZero() {
            return lowPercent > 0 || highPercent < 0;
        }
    }

    private static final Median IN_PLACE_MEDIAN = Median.withDefaults().withCopy(false);

    private Bootstrap() {}

    /**
     * The two-sided percentile interval of {@code 100 * (median(current*) / median(baseline*) - 1)}
     * over {@code resamples} resamples drawn with replacement from each sample independently.
     *
     * @param confidence e.g. 0.95
     * @return the interval, or null when either sample is empty or a resampled baseline median
     *     is zero (a percent change is then undefined)
     */
    public static Interval medianChangePercent(
            double[] baseline, double[] current, int resamples, double confidence, long seed) {
        if (baseline.length == 0 || current.length == 0) {
            return null;
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] baselineScratch = new double[baseline.length];
        double[] currentScratch = new double[current.length];
        double[] changes = new double[resamples];
        for (int r = 0; r < resamples; r++) {
            double baselineMedian = resampledMedian(baseline, baselineScratch, random);
            if (baselineMedian == 0) {
                return null;
            }
            double currentMedian = resampledMedian(current, currentScratch, random);
            changes[r] = 100 * (currentMedian / baselineMedian - 1);
        }
        Arrays.sort(changes);
        double tail = (1 - confidence) / 2;
        return new Interval(quantile(changes, tail), quantile(changes, 1 - tail));
    }

    private static double resampledMedian(double[] source, double[] scratch, SplittableRandom random) {
        for (int i = 0; i < scratch.length; i++) {
            scratch[i] = source[random.nextInt(source.length)];
        }
        return IN_PLACE_MEDIAN.evaluate(scratch);
    }

    /** Linear interpolation between order statistics of a sorted array (R's type 7). */
    static double quantile(double[] sorted, double p) {
        double position = p * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        double fraction = position - below;
        return sorted[below] + fraction * (sorted[above] - sorted[below]);
    }
}
