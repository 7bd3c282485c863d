package io.benchctl.history.changepoint;

import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Mean, spread and Student's t-test of any two adjacent segments of one series in constant
 * time, from prefix sums. The merge pass compares each candidate with its neighbours again and
 * again as candidates drop out; summing the segments each time would make it quadratic in the
 * length of the series.
 */
final class Segments {

    private final double[] series;
    /** Values are summed relative to this one, so that squares of large values do not swamp the spread. */
    private final double reference;

    private final double[] sums;
    private final double[] squares;

    Segments(double[] series) {
        this.series = series;
        this.reference = series.length == 0 ? 0 : series[0];
        this.sums = new double[series.length + 1];
        this.squares = new double[series.length + 1];
        for (int i = 0; i < series.length; i++) {
            double centred = series[i] - reference;
            sums[i + 1] = sums[i] + centred;
            squares[i + 1] = squares[i] + centred * centred;
        }
    }

    int length() {
        return series.length;
    }

    double[] series() {
        return series;
    }

    /** The mean of runs {@code from} (inclusive) to {@code to} (exclusive). */
    double mean(int from, int to) {
        return reference + (sums[to] - sums[from]) / (to - from);
    }

    /**
     * The population variance (divided by n, not n - 1) of the runs from..to: Otava hands numpy's
     * default {@code std} to scipy's t-test, and agreeing with its p-values matters more here than
     * the textbook's n - 1. A segment of one run has no spread.
     */
    double variance(int from, int to) {
        int n = to - from;
        if (n < 2) {
            return 0;
        }
        double sum = sums[to] - sums[from];
        return Math.max(0, (squares[to] - squares[from] - sum * sum / n) / n);
    }

    /**
     * The two-sided p-value of Student's t-test with pooled variance between runs from..split and
     * split..to (scipy's {@code ttest_ind_from_stats} with equal variances).
     */
    double pValue(int from, int split, int to) {
        int left = split - from;
        int right = to - split;
        if (left + right <= 2) {
            return 1;
        }
        double degreesOfFreedom = left + right - 2;
        double pooled = ((left - 1) * variance(from, split) + (right - 1) * variance(split, to)) / degreesOfFreedom;
        double t = (mean(from, split) - mean(split, to)) / Math.sqrt(pooled * (1.0 / left + 1.0 / right));
        if (Double.isNaN(t)) {
            // Both sides constant and equal: scipy says NaN, which Otava never accepts. No change.
            return 1;
        }
        return 2 * TDistribution.of(degreesOfFreedom).survivalProbability(Math.abs(t));
    }

    /**
     * Otava's magnitude: the larger of |after / before - 1| and |before / after - 1|, so that a
     * halving and a doubling weigh the same. A zero mean leaves its ratio out.
     */
    double magnitude(int from, int split, int to) {
        double before = mean(from, split);
        double after = mean(split, to);
        double forward = before == 0 ? 0 : after / before - 1;
        double backward = after == 0 ? 0 : before / after - 1;
        return Math.max(Math.abs(forward), Math.abs(backward));
    }
}
