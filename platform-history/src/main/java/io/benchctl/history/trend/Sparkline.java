package io.benchctl.history.trend;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * A series as one line of block characters, for terminals and Markdown: the eight heights of
 * U+2581..U+2588 span the series' own minimum to maximum, and a second line marks each change
 * point with {@code ^} under the first run after it.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class Sparkline {

    private static final char[] LEVELS = {'▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'};

    private Sparkline() {}

    /**
     * The newest {@code maxPoints} points of a series as block characters; a flat series is a row
     * of the middle height.
     */
    public static String line(TrendSeries series, int maxPoints) {
        List<TrendSeries.Point> points = newest(series, maxPoints);
        double min =
                points.stream().mapToDouble(TrendSeries.Point::median).min().orElse(0);
        double max =
                points.stream().mapToDouble(TrendSeries.Point::median).max().orElse(0);
        StringBuilder line = new StringBuilder(points.size());
        for (TrendSeries.Point point : points) {
            line.append(max > min ? LEVELS[level(point.median(), min, max)] : LEVELS[3]);
        }
        return line.toString();
    }

    /** The marker line under {@link #line}: {@code ^} under each change point shown, blanks elsewhere. */
    public static String markers(TrendSeries series, int maxPoints) {
        int shown = Math.min(maxPoints, series.points().size());
        int first = series.points().size() - shown;
        char[] marks = " ".repeat(shown).toCharArray();
        for (int index : series.changePoints()) {
            if (index >= first) {
                marks[index - first] = '^';
            }
        }
        return new String(marks).stripTrailing();
    }

    /** One line per change point: where, when and by how much, e.g. {@code run 41 (2026-12-01T10:00Z): -12.3 %, regression}. */
    public static List<String> changes(TrendSeries series) {
        return series.changePoints().stream()
                .map(index -> String.format(
                        Locale.ROOT,
                        "run %d of %d (%s, %s): %+.1f %%%s",
                        index + 1,
                        series.points().size(),
                        series.points().get(index).runId(),
                        series.points().get(index).time(),
                        series.changePercent(index),
                        series.isRegression(index) ? ", regression" : ", improvement"))
                .toList();
    }

    private static List<TrendSeries.Point> newest(TrendSeries series, int maxPoints) {
        if (maxPoints < 1) {
            throw new IllegalArgumentException("maxPoints must be at least 1, was " + maxPoints);
        }
        List<TrendSeries.Point> points = series.points();
        return points.subList(Math.max(0, points.size() - maxPoints), points.size());
    }

    private static int level(double value, double min, double max) {
        int level = (int) Math.floor((value - min) / (max - min) * LEVELS.length);
        return Math.min(LEVELS.length - 1, Math.max(0, level));
    }
}
