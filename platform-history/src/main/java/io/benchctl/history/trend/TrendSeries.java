package io.benchctl.history.trend;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.benchctl.api.Better;
import java.util.List;
import org.apiguardian.api.API;

/**
 * One series of a history, ready to draw: a metric of one workload on one host, one point per
 * run, oldest first, and the positions where its level changed.
 *
 * @param label what the series is, e.g. {@code node-3 cpu/int/t2 ops_per_second}
 * @param unit the unit of every value, e.g. {@code ops/s}
 * @param better which direction is an improvement (a regression is drawn in red)
 * @param points one point per run, oldest first
 * @param changePoints indexes into {@code points} of the first point after each change
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record TrendSeries(String label, String unit, Better better, List<Point> points, List<Integer> changePoints) {

    /**
     * One run's figure.
     *
     * @param runId the run it comes from
     * @param time when the run started (ISO-8601, as results record it)
     * @param median the run's headline value
     * @param ciLow low end of the 95 % confidence interval of the median, NaN when unknown
     * @param ciHigh high end of that interval, NaN when unknown
     */
    public record Point(String runId, String time, double median, double ciLow, double ciHigh) {}

    public TrendSeries {
        points = List.copyOf(points);
        changePoints = List.copyOf(changePoints);
        for (int index : changePoints) {
            if (index <= 0 || index >= points.size()) {
                throw new IllegalArgumentException(
                        "change point " + index + " outside the series of " + points.size() + " points");
            }
        }
    }

    /** The relative change of the level at a change point, in percent: mean after over mean before. */
    public double changePercent(int changePoint) {
        int at = changePoints.indexOf(changePoint);
        int from = at == 0 ? 0 : changePoints.get(at - 1);
        int to = at == changePoints.size() - 1 ? points.size() : changePoints.get(at + 1);
        double before = mean(from, changePoint);
        double after = mean(changePoint, to);
        return 100 * (after / before - 1);
    }

    /** Whether the change at a change point goes in the worse direction. */
    public boolean isRegression(int changePoint) {
        double change = changePercent(changePoint);
        return better == Better.HIGHER ? change < 0 : change > 0;
    }

    private double mean(int fromInclusive, int toExclusive) {
        double sum = 0;
        for (int i = fromInclusive; i < toExclusive; i++) {
            sum += points.get(i).median();
        }
        return sum / (toExclusive - fromInclusive);
    }
}
