package io.benchctl.history.changepoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.benchctl.api.Better;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Adding runs to an analysis gives what a full pass over the longer series gives. */
class IncrementalAnalysisTest {

    private static final ChangePointDetector TIGER_BEETLE =
            new ChangePointDetector(new ChangePointOptions(30, 0.01, 0));

    @Test
    void addingOneRunAtATimeEqualsAFullPassAtEveryLength() throws IOException {
        double[] series = OtavaTestCasesTest.tigerBeetle();
        Analysis grown = TIGER_BEETLE.analyze(new double[0], Better.LOWER);
        for (int length = 1; length <= series.length; length++) {
            double[] prefix = Arrays.copyOf(series, length);
            grown = TIGER_BEETLE.extend(grown, prefix, Better.LOWER);
            assertEquals(TIGER_BEETLE.analyze(prefix, Better.LOWER), grown, "after run " + length);
        }
        assertEquals(14, grown.changePoints().size(), "TigerBeetle's change points at p 0.01");
    }

    @Test
    void addingSeveralRunsAtOnceEqualsAFullPass() {
        ChangePointDetector detector = new ChangePointDetector(ChangePointOptions.DEFAULTS);
        double[] series = new SyntheticSeries(
                        400,
                        7,
                        100,
                        0.02,
                        List.of(new SyntheticSeries.Step(120, 1.1), new SyntheticSeries.Step(333, 0.9)),
                        false)
                .values();
        for (int from : new int[] {0, 10, 119, 200, 330, 399}) {
            for (int added : new int[] {1, 7, 49, 50, 51, 150}) {
                int to = Math.min(series.length, from + added);
                Analysis before = detector.analyze(Arrays.copyOf(series, from), Better.HIGHER);
                double[] longer = Arrays.copyOf(series, to);
                assertEquals(
                        detector.analyze(longer, Better.HIGHER),
                        detector.extend(before, longer, Better.HIGHER),
                        from + " + " + added + " runs");
            }
        }
    }

    @Test
    void keepsTheWindowsThatEndedBeforeTheOldEnd() throws IOException {
        double[] series = OtavaTestCasesTest.tigerBeetle();
        Analysis previous = TIGER_BEETLE.analyze(Arrays.copyOf(series, 300), Better.LOWER);
        AnalysisState before = previous.state();
        AnalysisState after =
                TIGER_BEETLE.extend(previous, series, Better.LOWER).state();
        int window = TIGER_BEETLE.options().window();
        int untouched = (int) before.windows().stream()
                .filter(w -> w.start() + window <= before.length())
                .count();
        assertTrue(untouched > 10 && untouched < before.windows().size(), untouched + " windows ended before run 300");
        for (int i = 0; i < untouched; i++) {
            // The same object: the window was not run again.
            assertSame(before.windows().get(i), after.windows().get(i), "window " + i);
        }
        assertEquals(series.length, after.length());
    }

    @Test
    void refusesAStateOfOtherOptionsOrALongerSeries() {
        double[] series = SyntheticSeries.goal(3);
        Analysis previous = TIGER_BEETLE.analyze(series, Better.LOWER);
        ChangePointDetector other = new ChangePointDetector(ChangePointOptions.DEFAULTS);
        IllegalArgumentException options =
                assertThrows(IllegalArgumentException.class, () -> other.extend(previous, series, Better.LOWER));
        assertEquals(
                "the analysis state was computed with ChangePointOptions[window=30, maxPValue=0.01, minMagnitude=0.0],"
                        + " not ChangePointOptions[window=40, maxPValue=5.0E-5, minMagnitude=0.01]",
                options.getMessage());
        IllegalArgumentException shorter = assertThrows(
                IllegalArgumentException.class,
                () -> TIGER_BEETLE.extend(previous, Arrays.copyOf(series, 59), Better.LOWER));
        assertEquals("the series has 59 runs, fewer than the 60 analysed before", shorter.getMessage());
    }

    @Test
    void namesTheRunWhoseValueIsNotFinite() {
        double[] series = SyntheticSeries.goal(4);
        series[17] = Double.NaN;
        IllegalArgumentException error =
                assertThrows(IllegalArgumentException.class, () -> TIGER_BEETLE.analyze(series, Better.LOWER));
        assertEquals("run 17 of the series has the value NaN; every run needs a finite value", error.getMessage());

        Analysis previous = TIGER_BEETLE.analyze(SyntheticSeries.goal(4), Better.LOWER);
        double[] longer = Arrays.copyOf(SyntheticSeries.goal(4), 61);
        longer[60] = Double.POSITIVE_INFINITY;
        IllegalArgumentException added =
                assertThrows(IllegalArgumentException.class, () -> TIGER_BEETLE.extend(previous, longer, Better.LOWER));
        assertEquals("run 60 of the series has the value Infinity; every run needs a finite value", added.getMessage());
    }

    @Test
    void aStateWhoseWindowsDoNotFitIsRefused() {
        ChangePointOptions options = ChangePointOptions.DEFAULTS;
        IllegalArgumentException outside = assertThrows(
                IllegalArgumentException.class,
                () -> new AnalysisState(options, 60, List.of(new AnalysisState.Window(0, List.of(45)))));
        assertEquals("change point 45 lies outside its window 0..40", outside.getMessage());
        IllegalArgumentException order = assertThrows(
                IllegalArgumentException.class,
                () -> new AnalysisState(
                        options,
                        60,
                        List.of(new AnalysisState.Window(20, List.of()), new AnalysisState.Window(0, List.of()))));
        assertEquals("window start 0 is not ascending within the 60 runs analysed", order.getMessage());
    }
}
