package io.benchctl.runtime.baseline.significance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RunSpreadTest {

    @Test
    void predictionIntervalMatchesTheHandComputedValue() {
        // Runs 98, 100, 102: logs 4.584967, 4.605170, 4.624973, s = 0.0200030; median of chi-square
        // with 2 df = 2 ln 2 = 1.386294, so u = s * sqrt(2 / 1.386294) = 0.0240261; t(0.975, 2 df)
        // = 4.302653 (tables); half-width 4.302653 * 0.0240261 * sqrt(1 + 1/3) = 0.1193681, so the
        // factor is exp(0.1193681) = 1.126785 and the centre the geometric mean 99.986665.
        assertEquals(1.126785, RunSpread.predictionFactor(new double[] {98, 100, 102}), 1e-6);
        assertEquals(99.986665, RunSpread.centre(new double[] {98, 100, 102}), 1e-6);
    }

    @Test
    void oneRunOrANonPositiveMedianHasNoSpread() {
        assertTrue(Double.isNaN(RunSpread.predictionFactor(new double[] {100})));
        assertTrue(Double.isNaN(RunSpread.predictionFactor(new double[] {100, 0})));
    }

    @Test
    void coefficientOfVariationIsTheSampleStandardDeviationOverTheMean() {
        // {9, 10, 11}: mean 10, sample sd 1, CV 0.1.
        assertEquals(0.1, Samples.coefficientOfVariation(new double[] {9, 10, 11}), 1e-12);
        assertEquals(0, Samples.coefficientOfVariation(new double[] {0, 0}), 0);
        assertEquals(10.5, Samples.median(new double[] {12, 9, 10, 11}), 0);
    }
}
