package io.benchctl.runtime.measure;

import org.apache.commons.statistics.distribution.BinomialDistribution;

/**
 * The distribution-free 95% confidence interval of a median: the order statistics
 * {@code x(lower) .. x(upper)} (1-based ranks of the sorted observations) such that the median lies
 * between them with probability at least 95%, whatever the distribution. The number of
 * observations below the median is Binomial(n, 1/2), so {@code x(j) .. x(n-j+1)} covers it with
 * probability {@code 1 - 2 P(B <= j-1)}; the largest {@code j} whose coverage is still at least
 * 95% gives the narrowest such interval.
 *
 * <p>For n below {@link #MIN_EXACT_N} no pair of order statistics reaches 95% (even min..max
 * covers only {@code 1 - 2^(1-n)}), so the interval is min..max and {@link Ranks#exact()} is
 * false.
 */
final class MedianConfidence {

    /** The smallest n for which an order-statistic interval reaches 95% coverage (min..max at n=6: 96.9%). */
    static final int MIN_EXACT_N = 6;

    private static final double TAIL = 0.025;
    /** Beyond this many observations the binomial is replaced by its normal approximation. */
    private static final long NORMAL_APPROXIMATION_N = 1_000_000;

    private MedianConfidence() {}

    /**
     * @param lower 1-based rank of the lower bound
     * @param upper 1-based rank of the upper bound
     * @param exact true when the interval has at least 95% coverage; false for the min..max fallback
     */
    record Ranks(long lower, long upper, boolean exact) {}

    static Ranks ranks(long n) {
        if (n <= 0) {
            throw new IllegalArgumentException("no observations");
        }
        if (n < MIN_EXACT_N) {
            return new Ranks(1, n, false);
        }
        long j = n <= NORMAL_APPROXIMATION_N ? binomialLowerRank((int) n) : normalLowerRank(n);
        return new Ranks(j, n - j + 1, true);
    }

    private static long binomialLowerRank(int n) {
        BinomialDistribution below = BinomialDistribution.of(n, 0.5);
        // Largest k with P(B <= k) <= 2.5%; the interval starts at rank k + 1.
        int k = below.inverseCumulativeProbability(TAIL);
        if (below.cumulativeProbability(k) > TAIL) {
            k--;
        }
        return k + 1L;
    }

    private static long normalLowerRank(long n) {
        return Math.max(1, (long) Math.floor(n / 2.0 - 1.959963984540054 * Math.sqrt(n) / 2.0));
    }
}
