package io.benchctl.runtime.baseline.significance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BootstrapTest {

    private static double[] normal(SplittableRandom random, int n, double mean, double cv) {
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = mean * (1 + cv * random.nextGaussian());
        }
        return values;
    }

    @Test
    void quantileInterpolatesLikeRType7() {
        // R: quantile(c(1,2,3,4), c(.25, .5, .975), type = 7) = 1.75, 2.5, 3.925
        double[] sorted = {1, 2, 3, 4};
        assertEquals(1.75, Bootstrap.quantile(sorted, 0.25), 1e-12);
        assertEquals(2.5, Bootstrap.quantile(sorted, 0.5), 1e-12);
        assertEquals(3.925, Bootstrap.quantile(sorted, 0.975), 1e-12);
    }

    @Test
    void aTenPercentShiftGivesAnIntervalAroundTenThatExcludesZero() {
        SplittableRandom random = new SplittableRandom(7);
        double[] baseline = normal(random, 25, 100, 0.01);
        double[] current = normal(random, 5, 110, 0.01);
        Bootstrap.Interval ci = Bootstrap.medianChangePercent(baseline, current, 2000, 0.95, 42);
        assertTrue(ci.excludesZero());
        // The median of five iterations moves by about 1.25 * 1 % / sqrt(5) = 0.6 %: a few points wide.
        assertTrue(
                ci.lowPercent() > 5 && ci.lowPercent() < 10 && ci.highPercent() > 10 && ci.highPercent() < 15,
                ci.toString());
    }

    @Test
    void theSameDistributionGivesAnIntervalThatHoldsZero() {
        SplittableRandom random = new SplittableRandom(8);
        Bootstrap.Interval ci = Bootstrap.medianChangePercent(
                normal(random, 25, 100, 0.02), normal(random, 25, 100, 0.02), 2000, 0.95, 42);
        assertFalse(ci.excludesZero(), ci.toString());
    }

    @Test
    void theSameSeedGivesTheSameInterval() {
        SplittableRandom random = new SplittableRandom(9);
        double[] a = normal(random, 10, 100, 0.05);
        double[] b = normal(random, 5, 100, 0.05);
        assertEquals(
                Bootstrap.medianChangePercent(a, b, 2000, 0.95, 1), Bootstrap.medianChangePercent(a, b, 2000, 0.95, 1));
    }

    @Test
    void anUndefinedChangeHasNoInterval() {
        assertNull(Bootstrap.medianChangePercent(new double[0], new double[] {1}, 100, 0.95, 1));
        assertNull(Bootstrap.medianChangePercent(new double[] {0, 0}, new double[] {1}, 100, 0.95, 1));
    }
}
