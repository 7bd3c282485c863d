package io.benchctl.runtime.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SteadyStateTest {

    private static double[] series(int n, java.util.function.IntToDoubleFunction value) {
        return IntStream.range(0, n).mapToDouble(value).toArray();
    }

    @Test
    void aStationarySeriesIsFoundSteadySoonAndNeverBeforeFourBatches() {
        for (int seed = 0; seed < 50; seed++) {
            Random noise = new Random(seed);
            double[] values = series(200, i -> 100 + noise.nextGaussian());
            int firstSteady = IntStream.rangeClosed(1, values.length)
                    .filter(n ->
                            SteadyState.test(java.util.Arrays.copyOf(values, n)).steady())
                    .findFirst()
                    .orElse(Integer.MAX_VALUE);
            assertTrue(firstSteady >= 20, "fewer than 4 batches are never steady");
            assertTrue(firstSteady <= 50, "seed " + seed + ": steady only after " + firstSteady);
        }
    }

    @Test
    void aTrendThatNeverEndsIsNeverSteadyHoweverLong() {
        for (int n : new int[] {20, 35, 60, 200, 1000}) {
            assertFalse(SteadyState.test(series(n, i -> 100 + i)).steady(), "linear, n = " + n);
            assertFalse(SteadyState.test(series(n, i -> 100 - 0.01 * i)).steady(), "slow, n = " + n);
        }
    }

    @Test
    void aDecayingTransientIsTruncatedAndThenSteady() {
        Random noise = new Random(11);
        double[] settling = series(60, i -> 100 + 400 * Math.exp(-i / 4.0) + noise.nextGaussian());
        SteadyState.Verdict verdict = SteadyState.test(settling);
        assertTrue(verdict.steady());
        assertTrue(verdict.truncateObservations() >= 5, "the transient's first batch goes");
        assertFalse(
                SteadyState.test(series(20, i -> 100 + 400 * Math.exp(-i / 20.0)))
                        .steady(),
                "still decaying");
    }

    @Test
    void aStepUpInTheSecondHalfIsNotSteady() {
        assertFalse(SteadyState.test(series(40, i -> i < 25 ? 100 : 150)).steady());
        assertEquals(25, SteadyState.test(series(40, i -> i < 25 ? 100 : 150)).truncateObservations());
    }
}
