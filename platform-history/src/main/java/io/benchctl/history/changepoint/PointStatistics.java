package io.benchctl.history.changepoint;

import io.benchctl.api.Better;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.statistics.descriptive.Median;

/**
 * The figures of the change points that survived: means, medians and p-value of the segments
 * on either side. Means and p-values come from prefix sums; a median needs a pass over its
 * segment, so medians of segments the previous analysis already had (same first and last run,
 * hence the same runs) are taken from it, and adding a run computes only the last one afresh.
 */
final class PointStatistics {

    private PointStatistics() {}

    static List<ChangePoint> describe(Segments segments, int[] points, Better better, List<ChangePoint> previous) {
        Map<Long, Double> known = knownMedians(previous);
        Median median = Median.withDefaults().withCopy(false);
        double[] series = segments.series();
        List<ChangePoint> result = new ArrayList<>(points.length);
        double before = Double.NaN;
        for (int i = 0; i < points.length; i++) {
            int from = i == 0 ? 0 : points[i - 1];
            int at = points[i];
            int to = i == points.length - 1 ? series.length : points[i + 1];
            if (i == 0) {
                before = known.computeIfAbsent(
                        key(from, at), k -> median.evaluate(Arrays.copyOfRange(series, from, at)));
            }
            double after = known.computeIfAbsent(key(at, to), k -> median.evaluate(Arrays.copyOfRange(series, at, to)));
            result.add(new ChangePoint(
                    at,
                    segments.mean(from, at),
                    segments.mean(at, to),
                    before,
                    after,
                    segments.pValue(from, at, to),
                    better));
            before = after;
        }
        return result;
    }

    private static Map<Long, Double> knownMedians(List<ChangePoint> previous) {
        Map<Long, Double> known = new HashMap<>();
        int from = 0;
        for (int i = 0; i < previous.size(); i++) {
            ChangePoint point = previous.get(i);
            known.put(key(from, point.index()), point.medianBefore());
            if (i + 1 < previous.size()) {
                known.put(key(point.index(), previous.get(i + 1).index()), point.medianAfter());
            }
            from = point.index();
        }
        // The previous last segment ended at the old last run: the same bounds never occur again
        // once runs are added, so it is left out rather than trusted.
        return known;
    }

    private static long key(int from, int to) {
        return (long) from << 32 | to;
    }
}
