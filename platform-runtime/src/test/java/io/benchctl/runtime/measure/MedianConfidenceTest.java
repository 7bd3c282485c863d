package io.benchctl.runtime.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MedianConfidenceTest {

    /** Ranks from published tables of the distribution-free CI of the median (e.g. Conover, Table A3). */
    @ParameterizedTest
    @CsvSource({"6,1,6", "10,2,9", "20,6,15", "100,40,61", "1000,469,532"})
    void matchesPublishedOrderStatisticRanks(long n, long lower, long upper) {
        MedianConfidence.Ranks ranks = MedianConfidence.ranks(n);
        assertEquals(lower, ranks.lower());
        assertEquals(upper, ranks.upper());
        assertTrue(ranks.exact());
    }

    @Test
    void fewerThanSixObservationsFallBackToMinMax() {
        MedianConfidence.Ranks ranks = MedianConfidence.ranks(5);
        assertEquals(1, ranks.lower());
        assertEquals(5, ranks.upper());
        assertFalse(ranks.exact());
    }

    @Test
    void normalApproximationJoinsTheBinomialSmoothly() {
        long exact = MedianConfidence.ranks(1_000_000).lower();
        long approximate = MedianConfidence.ranks(1_000_001).lower();
        assertTrue(Math.abs(exact - approximate) <= 2, exact + " vs " + approximate);
    }
}
