package io.benchctl.runtime.baseline.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RunSpreadTest {

    @Test
    void predictionIntervalMatchesTheHandComputedValue() {
        // Runs 98, 100, 102: mean 100, s = 2, t(0.975, 2 df) = 4.302653 (tables);
        // half-width 4.302653 * 2 * sqrt(1 + 1/3) = 9.93655, i.e. 9.93655 % of 100.
        assertEquals(9.93655, RunSpread.predictionHalfWidthPercent(new double[] {98, 100, 102}), 1e-5);
        assertEquals(100, RunSpread.centre(new double[] {98, 100, 102}), 1e-12);
    }

    @Test
    void oneRunHasNoSpread() {
        assertTrue(Double.isNaN(RunSpread.predictionHalfWidthPercent(new double[] {100})));
    }

    @Test
    void coefficientOfVariationIsTheSampleStandardDeviationOverTheMean() {
        // {9, 10, 11}: mean 10, sample sd 1, CV 0.1.
        assertEquals(0.1, Samples.coefficientOfVariation(new double[] {9, 10, 11}), 1e-12);
        assertEquals(0, Samples.coefficientOfVariation(new double[] {0, 0}), 0);
        assertEquals(10.5, Samples.median(new double[] {12, 9, 10, 11}), 0);
    }
}
