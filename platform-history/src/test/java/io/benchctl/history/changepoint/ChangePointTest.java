package io.benchctl.history.changepoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.benchctl.api.Better;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a change point reports, and which options are refused. */
class ChangePointTest {

    /** Three levels of 20 runs, 1 % above and below in turn (so means and medians are exact). */
    private static final double[] THREE_LEVELS = levels(0.01, 100, 120, 90);

    @Test
    void reportsTheSegmentsBetweenNeighbouringChangePoints() {
        List<ChangePoint> points = new ChangePointDetector(ChangePointOptions.DEFAULTS)
                .analyze(THREE_LEVELS, Better.LOWER)
                .changePoints();
        assertEquals(List.of(20, 40), points.stream().map(ChangePoint::index).toList());

        ChangePoint up = points.get(0);
        assertEquals(100, up.meanBefore(), 1e-9);
        assertEquals(120, up.meanAfter(), 1e-9);
        assertEquals(100, up.medianBefore(), 1e-9);
        assertEquals(120, up.medianAfter(), 1e-9);
        assertEquals(0.2, up.relativeChange(), 1e-12);
        assertTrue(up.pValue() < 1e-20, "p " + up.pValue());

        ChangePoint down = points.get(1);
        assertEquals(120, down.meanBefore(), 1e-9);
        assertEquals(90, down.meanAfter(), 1e-9);
        assertEquals(-0.25, down.relativeChange(), 1e-12);
    }

    @Test
    void whichDirectionIsARegressionDependsOnTheMetric() {
        ChangePointDetector detector = new ChangePointDetector(ChangePointOptions.DEFAULTS);
        ChangePoint slower =
                detector.analyze(THREE_LEVELS, Better.LOWER).changePoints().getFirst();
        assertTrue(slower.regression(), "a latency up 20 %");
        assertEquals(-0.2, slower.improvement(), 1e-12);

        Analysis throughput = detector.analyze(THREE_LEVELS, Better.HIGHER);
        assertFalse(throughput.changePoints().getFirst().regression(), "a throughput up 20 %");
        assertEquals(0.2, throughput.changePoints().getFirst().improvement(), 1e-12);
        assertTrue(throughput.latest().regression(), "a throughput down 25 %");
        assertEquals(40, throughput.latest().index());
    }

    @Test
    void aFlatSeriesHasNoChangePoint() {
        double[] flat = new double[80];
        java.util.Arrays.fill(flat, 42);
        Analysis analysis = new ChangePointDetector(ChangePointOptions.DEFAULTS).analyze(flat, Better.LOWER);
        assertEquals(List.of(), analysis.changePoints());
        assertNull(analysis.latest());
    }

    @Test
    void aShiftBelowTheMinimumMagnitudeIsNotReported() {
        double[] small = levels(0.001, 100, 100.5);
        assertEquals(
                List.of(20),
                new ChangePointDetector(new ChangePointOptions(50, 5e-5, 0))
                        .analyze(small, Better.LOWER).changePoints().stream()
                                .map(ChangePoint::index)
                                .toList(),
                "a 0.5 % shift beyond 0.1 % noise");
        assertEquals(
                List.of(),
                new ChangePointDetector(ChangePointOptions.DEFAULTS)
                        .analyze(small, Better.LOWER)
                        .changePoints());
    }

    @Test
    void refusesOptionsOutOfRangeNamingTheValue() {
        assertEquals(
                "window must be at least 2 runs, got 1",
                assertThrows(IllegalArgumentException.class, () -> new ChangePointOptions(1, 0.01, 0))
                        .getMessage());
        assertEquals(
                "maxPValue must be in (0, 1], got 0.0",
                assertThrows(IllegalArgumentException.class, () -> new ChangePointOptions(30, 0, 0))
                        .getMessage());
        assertEquals(
                "minMagnitude must be a finite number >= 0, got NaN",
                assertThrows(IllegalArgumentException.class, () -> new ChangePointOptions(30, 0.01, Double.NaN))
                        .getMessage());
    }

    private static double[] levels(double noise, double... means) {
        double[] series = new double[20 * means.length];
        for (int i = 0; i < series.length; i++) {
            series[i] = means[i / 20] * (1 + (i % 2 == 0 ? noise : -noise));
        }
        return series;
    }
}
