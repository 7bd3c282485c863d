package io.benchctl.runtime.baseline.significance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.HdrHistogram.Histogram;
import org.apache.commons.statistics.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.Test;

class PopulationStabilityTest {

    @Test
    void indexMatchesTheHandComputedValue() {
        // By hand: (.10-.25)ln(.10/.25) = -.15 * -0.916291 = 0.137444
        //          (.20-.25)ln(.20/.25) = -.05 * -0.223144 = 0.011157
        //          (.30-.25)ln(.30/.25) =  .05 *  0.182322 = 0.009116
        //          (.40-.25)ln(.40/.25) =  .15 *  0.470004 = 0.070501
        //          sum                                     = 0.228218
        double psi = PopulationStability.index(new double[] {.25, .25, .25, .25}, new double[] {.1, .2, .3, .4});
        assertEquals(0.228218, psi, 1e-6);
    }

    @Test
    void identicalDistributionsHaveZeroIndexAndEmptyBucketsStayFinite() {
        assertEquals(0, PopulationStability.index(new double[] {.5, .5, 0}, new double[] {.5, .5, 0}), 0);
        // An empty baseline bucket is floored at 1e-4: (.1 - 1e-4) * ln(.1 / 1e-4) = 0.0999 * 6.907755 = 0.690085,
        // and the other bucket (.9 - 1)ln(.9) = 0.010536; sum 0.700621.
        double psi = PopulationStability.index(new double[] {1, 0}, new double[] {.9, .1});
        assertEquals(0.700621, psi, 1e-6);
    }

    /**
     * Baseline: 25 each at 1000, 1200, 1400, 1600 ns. Current: 10, 20, 30, 40 at the same values.
     * (Below 2048 a 3-digit histogram stores values exactly, so the bucket edges are these values.)
     */
    private static Histogram[] fourValueHistograms() {
        Histogram baseline = new Histogram(3);
        Histogram current = new Histogram(3);
        long[] values = {1000, 1200, 1400, 1600};
        for (int i = 0; i < values.length; i++) {
            baseline.recordValueWithCount(values[i], 25);
            current.recordValueWithCount(values[i], 10L * (i + 1));
        }
        return new Histogram[] {baseline, current};
    }

    @Test
    void histogramBucketsAreTheBaselineDecilesMerged() {
        Histogram[] h = fourValueHistograms();
        // Deciles 10..90 of the baseline land on 1000 (10, 20), 1200 (30-50), 1400 (60, 70), 1600 (80, 90):
        // four distinct edges, five buckets, the last (above 1600) empty on both sides.
        long[] edges = HistogramDrift.decileEdges(h[0]);
        assertArrayEquals(new long[] {1000, 1200, 1400, 1600}, edges);
        assertArrayEquals(new double[] {.25, .25, .25, .25, 0}, HistogramDrift.fractions(h[0], edges), 1e-12);
        assertArrayEquals(new double[] {.1, .2, .3, .4, 0}, HistogramDrift.fractions(h[1], edges), 1e-12);
    }

    @Test
    void histogramDriftGivesTheHandComputedPsiAndKsDistance() {
        Histogram[] h = fourValueHistograms();
        HistogramDrift.Drift drift = HistogramDrift.between(h[0], h[1]);
        // PSI as in indexMatchesTheHandComputedValue (the empty fifth bucket adds 0).
        assertEquals(0.228218, drift.psi(), 1e-6);
        // CDFs at 1000..1600: baseline .25 .50 .75 1; current .10 .30 .60 1; largest gap .20 at 1200.
        assertEquals(0.2, drift.ksDistance(), 1e-12);
    }

    @Test
    void histogramKsDistanceAgreesWithCommonsStatisticsOnTheExpandedValues() {
        Histogram baseline = new Histogram(3);
        Histogram current = new Histogram(3);
        double[] baselineValues = new double[300];
        double[] currentValues = new double[200];
        // Values below 2048 are exact in a 3-digit histogram, so expanding loses nothing.
        for (int i = 0; i < baselineValues.length; i++) {
            long v = 100 + (i * 7L) % 900;
            baseline.recordValue(v);
            baselineValues[i] = v;
        }
        for (int i = 0; i < currentValues.length; i++) {
            long v = 300 + (i * 13L) % 1000;
            current.recordValue(v);
            currentValues[i] = v;
        }
        double reference = KolmogorovSmirnovTest.withDefaults().statistic(baselineValues, currentValues);
        assertEquals(reference, HistogramDrift.between(baseline, current).ksDistance(), 1e-12);
    }

    @Test
    void anEmptyHistogramHasNoDrift() {
        Histogram empty = new Histogram(3);
        Histogram one = new Histogram(3);
        one.recordValue(5);
        assertNull(HistogramDrift.between(empty, one));
    }
}
