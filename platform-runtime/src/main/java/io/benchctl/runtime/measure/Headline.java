package io.benchctl.runtime.measure;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.benchctl.api.result.Stats;
import org.apiguardian.api.API;

/**
 * The statistics of a workload's headline metric: its first aggregate metric (the first name it
 * recorded, over all threads), the one reports list first. A workload with several metrics is
 * judged by this one alone, as a reader judges it by the first figure on its card.
 *
 * @param metric the metric's label
 * @param stats its statistics so far
 */
@API(status = INTERNAL, since = "1.3")
public record Headline(String metric, Stats stats) {

    /**
     * The 95% CI of the median, as a share of the median: the larger of its two sides, so that a
     * skewed interval is judged by its wider half. Infinite when the median is 0.
     */
    public double relativeHalfWidth() {
        double median = stats.p50();
        if (median == 0) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.max(median - stats.ciLow(), stats.ciHigh() - median) / Math.abs(median);
    }

    /** Whether the CI is an exact 95% one rather than the min..max of too few observations. */
    public boolean exact() {
        return stats.n() >= MedianConfidence.MIN_EXACT_N;
    }
}
