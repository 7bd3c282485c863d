package io.benchctl.history.changepoint;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.benchctl.api.Better;
import org.junit.jupiter.api.Test;

/**
 * The defaults on the goal's series: 60 runs with 3 % noise, the same seeds as the Otava
 * comparison (Otava flags 0 of the 200 A/A series and finds 194 of the 200 steps there).
 */
class StatisticalGoalTest {

    private static final ChangePointDetector DEFAULTS = new ChangePointDetector(ChangePointOptions.DEFAULTS);
    private static final int SEEDS = 200;

    @Test
    void flagsAtMostOnePercentOfSeriesWithoutAChange() {
        int flagged = 0;
        for (int seed = 0; seed < SEEDS; seed++) {
            if (!DEFAULTS.analyze(SyntheticSeries.goal(seed), Better.LOWER)
                    .changePoints()
                    .isEmpty()) {
                flagged++;
            }
        }
        assertTrue(flagged <= SEEDS / 100, flagged + " of " + SEEDS + " A/A series have a change point");
    }

    @Test
    void findsATenPercentStepAtRunFortyInNinetyFivePercentOfSeries() {
        int found = 0;
        for (int seed = 0; seed < SEEDS; seed++) {
            double[] series = SyntheticSeries.goal(1_000_000 + seed, new SyntheticSeries.Step(40, 1.10));
            if (DEFAULTS.analyze(series, Better.LOWER).changePoints().stream()
                    .anyMatch(point -> Math.abs(point.index() - 40) <= 1)) {
                found++;
            }
        }
        assertTrue(found >= SEEDS * 95 / 100, found + " of " + SEEDS + " steps found within one run");
    }
}
