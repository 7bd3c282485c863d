package io.benchctl.runtime.baseline.significance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class RankTestsTest {

    @Test
    void mannWhitneyExactPValuesMatchHandCounts() {
        // n = m = 3: C(6,3) = 20 equally likely rank splits. Current {2,4,6} vs baseline {1,3,5}:
        // U(current) = 6 (2>1; 4>1,3; 6>1,3,5). U's null counts for 0..9 are 1,1,2,3,3,3,3,2,1,1;
        // P(U >= 6) = (3+2+1+1)/20 = 7/20, two-sided 0.7.
        RankTests.Outcome overlapping = RankTests.run(new double[] {1, 3, 5}, new double[] {2, 4, 6});
        assertEquals(6, overlapping.mannWhitneyU(), 0);
        assertEquals(0.7, overlapping.mannWhitneyP(), 1e-12);
        // Fully separated 3 vs 3: only 1 of 20 splits is as extreme on each side: 2/20 = 0.1.
        assertEquals(
                0.1,
                RankTests.run(new double[] {1, 2, 3}, new double[] {4, 5, 6}).mannWhitneyP(),
                1e-12);
        // Fully separated 5 vs 5: 2 / C(10,5) = 2/252 = 0.0079365.
        RankTests.Outcome separated = RankTests.run(new double[] {1, 2, 3, 4, 5}, new double[] {6, 7, 8, 9, 10});
        assertEquals(2.0 / 252, separated.mannWhitneyP(), 1e-12);
        // KS: the CDFs never overlap, D = 1; exact p for n = m = 5 is likewise 2/252.
        assertEquals(1, separated.ksStatistic(), 0);
        assertEquals(2.0 / 252, separated.ksP(), 1e-12);
    }

    @Test
    void emptySamplesHaveNoTest() {
        assertNull(RankTests.run(new double[0], new double[] {1}));
    }
}
