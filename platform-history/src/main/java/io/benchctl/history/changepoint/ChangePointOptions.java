package io.benchctl.history.changepoint;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * The knobs of change-point detection, named after Apache Otava's parameters.
 *
 * @param window runs analysed at once (Otava's {@code window_len}); windows overlap by half. A
 *     window should hold few change points: a second shift inside it blurs the first.
 * @param maxPValue the largest p-value of a reported change point (Otava's {@code max_pvalue}).
 *     Windows look for candidates at a laxer level (ten times this below 0.05) and the final
 *     pass keeps only those below this one.
 * @param minMagnitude the smallest relative change of the mean a reported change point has
 *     (Otava's {@code min_magnitude}): 0.02 is 2 %, in either direction
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ChangePointOptions(int window, double maxPValue, double minMagnitude) {

    /**
     * 40 runs. A larger window gives the energy statistic more runs on each side of a step, so
     * it places a step better: on 60-run series with 3 % noise, a 10 % step at run 40 is found
     * within one run in 96 % of seeds with a window of 20 or 30 and 97 % with 40 or 50, and it is
     * the placement, not the p-value, that misses. But a window should hold one change: with 50,
     * two 10 % steps 20 runs apart are both found in 88–92 % of seeds, with 40 in 96 % (the
     * t-test of the first split weighs the runs beyond the second step, which blur it). Otava's
     * default is 50. A window costs its square in time, far inside the budget (bench/history).
     */
    public static final int DEFAULT_WINDOW = 40;

    /**
     * 5·10⁻⁵, not Otava's 0.001. The t-test runs on the split that the energy statistic found
     * best, so its p-value is optimistic: on 60-run series without any change (3 % Gaussian
     * noise, window 40, 2000 seeds) Otava flags 4.7 % with 0.001, 0.5 % with 10⁻⁴ and 0.35 %
     * with 5·10⁻⁵, which keeps false alarms below 1 % with a margin for noisier tails. A real
     * 10 % step has a p-value far below any of these, so the stricter level costs it nothing
     * (97.3 % found with 0.001, 97.5 % with 5·10⁻⁵); a 5 % step is found in 68 % of seeds
     * instead of 72 %.
     */
    public static final double DEFAULT_MAX_P_VALUE = 5e-5;

    /**
     * 1 %: a shift smaller than that is not reported however significant it is. On a history of
     * thousands of runs the t-test between two long segments resolves drifts of a fraction of a
     * percent (a kernel update, a warmer room), which nobody acts on and which would bury the
     * changes that matter. On short or noisy series the p-value is the real floor (at 3 % noise
     * over 60 runs a 3 % step is found in 17 % of seeds, a 5 % one in 69 %), so 1 % only speaks
     * for quiet metrics and long histories.
     */
    public static final double DEFAULT_MIN_MAGNITUDE = 0.01;

    /** {@link #DEFAULT_WINDOW}, {@link #DEFAULT_MAX_P_VALUE}, {@link #DEFAULT_MIN_MAGNITUDE}. */
    public static final ChangePointOptions DEFAULTS =
            new ChangePointOptions(DEFAULT_WINDOW, DEFAULT_MAX_P_VALUE, DEFAULT_MIN_MAGNITUDE);

    /** @throws IllegalArgumentException naming the parameter and its value when it is out of range */
    public ChangePointOptions {
        if (window < 2) {
            throw new IllegalArgumentException("window must be at least 2 runs, got " + window);
        }
        if (!(maxPValue > 0 && maxPValue <= 1)) {
            throw new IllegalArgumentException("maxPValue must be in (0, 1], got " + maxPValue);
        }
        if (!(minMagnitude >= 0) || Double.isInfinite(minMagnitude)) {
            throw new IllegalArgumentException("minMagnitude must be a finite number >= 0, got " + minMagnitude);
        }
    }

    /**
     * The level at which a window accepts a candidate: laxer than {@link #maxPValue}, so that the
     * final pass can weigh every weak candidate against its neighbours (the Hunter paper's
     * "weak change points"). The factors are Otava's.
     */
    double windowPValue() {
        if (maxPValue < 0.05) {
            return maxPValue * 10;
        }
        return maxPValue < 0.5 ? maxPValue * 2 : maxPValue;
    }
}
