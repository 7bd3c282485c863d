package io.benchctl.history.changepoint;

import java.util.Arrays;

/**
 * The merge pass of the Hunter paper (Fleming et al., 2023), as Otava runs it: each weak change
 * point is tested between its neighbours over the whole series, and the weakest is dropped
 * (the largest p-value at or above {@code maxPValue}; once all pass, the smallest relative
 * change at or below {@code minMagnitude}) until every one left passes both. Dropping a point
 * joins two segments, so the points next to it are tested again.
 *
 * <p>Which neighbours: Otava re-tests the point that followed the dropped one and the point
 * after that, not the one before, which keeps the p-value of its old, shorter right segment.
 * We do the same, on purpose: Otava's own expected results (its TigerBeetle tests) depend on
 * it, and agreeing with Otava is what makes our answers checkable. The cost: a point can survive
 * on that outdated p-value although it fails against its final neighbours (7 of 994 points with
 * the defaults on bench/history's 10 000-run series). The statistics reported for the points
 * that survive are computed afresh over their final segments, so such a point shows it.
 */
final class Merge {

    private final Segments segments;
    private final double maxPValue;
    private final double minMagnitude;

    private int[] points;
    private double[] pValues;
    private double[] magnitudes;
    private int count;

    private Merge(Segments segments, ChangePointOptions options, int[] weakPoints) {
        this.segments = segments;
        this.maxPValue = options.maxPValue();
        this.minMagnitude = options.minMagnitude();
        this.points = weakPoints.clone();
        this.count = weakPoints.length;
        this.pValues = new double[count];
        this.magnitudes = new double[count];
    }

    /** The change points that survive among {@code weakPoints} (ascending, distinct). */
    static int[] survivors(Segments segments, ChangePointOptions options, int[] weakPoints) {
        return new Merge(segments, options, weakPoints).run();
    }

    private int[] run() {
        for (int i = 0; i < count; i++) {
            test(i);
        }
        while (count > 0) {
            int weakest = largestPValue();
            if (pValues[weakest] < maxPValue) {
                weakest = smallestMagnitude();
                if (magnitudes[weakest] > minMagnitude) {
                    break;
                }
            }
            remove(weakest);
            test(weakest);
            test(weakest + 1);
        }
        return Arrays.copyOf(points, count);
    }

    /** Tests point i (if there is one) between its neighbours, or the series' ends. */
    private void test(int i) {
        if (i >= count) {
            return;
        }
        int from = i == 0 ? 0 : points[i - 1];
        int to = i == count - 1 ? segments.length() : points[i + 1];
        pValues[i] = segments.pValue(from, points[i], to);
        magnitudes[i] = segments.magnitude(from, points[i], to);
    }

    private int largestPValue() {
        int best = 0;
        for (int i = 1; i < count; i++) {
            if (pValues[i] > pValues[best]) {
                best = i;
            }
        }
        return best;
    }

    private int smallestMagnitude() {
        int best = 0;
        for (int i = 1; i < count; i++) {
            if (magnitudes[i] < magnitudes[best]) {
                best = i;
            }
        }
        return best;
    }

    private void remove(int i) {
        int tail = count - i - 1;
        System.arraycopy(points, i + 1, points, i, tail);
        System.arraycopy(pValues, i + 1, pValues, i, tail);
        System.arraycopy(magnitudes, i + 1, magnitudes, i, tail);
        count--;
    }
}
