package io.benchctl.history.changepoint;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.benchctl.api.Better;
import org.apiguardian.api.API;

/**
 * A run at which a metric's distribution shifted: the first run of the new level. "Before" is
 * the segment since the previous change point (or the first run), "after" the segment up to
 * the next one (or the last run).
 *
 * @param index the position of the first changed run in the series (0-based)
 * @param meanBefore mean of the segment before
 * @param meanAfter mean of the segment after
 * @param medianBefore median of the segment before
 * @param medianAfter median of the segment after
 * @param pValue two-sided p-value of Student's t-test between the two segments. Rarely (well
 *     under 1 % of points with the defaults) it is at or above the analysis' {@code maxPValue}:
 *     the merge, like Otava's, can keep a point on an outdated p-value (see {@code Merge}), so a
 *     CI gate should require it below {@code maxPValue} as well.
 * @param better which direction of this metric is an improvement, which says whether the shift
 *     is a {@linkplain #regression() regression}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ChangePoint(
        int index,
        double meanBefore,
        double meanAfter,
        double medianBefore,
        double medianAfter,
        double pValue,
        Better better) {

    /**
     * The relative change of the mean, after / before − 1: 0.1 is 10 % higher. Infinite or NaN
     * when the mean before is 0.
     */
    public double relativeChange() {
        return meanAfter / meanBefore - 1;
    }

    /** {@link #relativeChange()} signed so that a positive value is better for this metric. */
    public double improvement() {
        return better == Better.HIGHER ? relativeChange() : -relativeChange();
    }

    /** The metric got worse at this run. */
    public boolean regression() {
        return improvement() < 0;
    }
}
