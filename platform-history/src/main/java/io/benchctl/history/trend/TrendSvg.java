package io.benchctl.history.trend;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.benchctl.api.report.Formats;
import java.util.List;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * A series as an SVG chart: the run medians as a line over their 95 % confidence band, and a
 * dashed vertical line at each change point (red for a regression, green for an improvement)
 * labelled with the change. Self-contained, well-formed XML, no scripts, so it can be inlined in
 * an HTML page or saved as a file.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class TrendSvg {

    static final int WIDTH = 760;
    static final int HEIGHT = 200;
    private static final int LEFT = 96;
    private static final int RIGHT = 16;
    private static final int TOP = 28;
    private static final int BOTTOM = 26;

    private TrendSvg() {}

    /** The chart of one series; a series of one point is a single dot. */
    public static String render(TrendSeries series) {
        List<TrendSeries.Point> points = series.points();
        if (points.isEmpty()) {
            throw new IllegalArgumentException("no points to draw for " + series.label());
        }
        Scale scale = Scale.of(points);
        StringBuilder svg = new StringBuilder(4096);
        svg.append(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"trend\" role=\"img\" viewBox=\"0 0 %d %d\""
                        + " width=\"%d\" height=\"%d\"><title>%s</title>",
                WIDTH,
                HEIGHT,
                WIDTH,
                HEIGHT,
                escape(series.label())));
        svg.append(String.format(
                Locale.ROOT,
                "<text class=\"title\" x=\"%d\" y=\"16\">%s (%s)</text>",
                LEFT,
                escape(series.label()),
                escape(series.unit())));
        axes(svg, scale, points);
        band(svg, scale, points);
        line(svg, scale, points);
        for (int index : series.changePoints()) {
            changePoint(svg, scale, series, index);
        }
        return svg.append("</svg>").toString();
    }

    private static void axes(StringBuilder svg, Scale scale, List<TrendSeries.Point> points) {
        svg.append(String.format(
                Locale.ROOT,
                "<path class=\"axis\" d=\"M%d %d V%d H%d\" fill=\"none\" stroke=\"#888\"/>",
                LEFT,
                TOP,
                HEIGHT - BOTTOM,
                WIDTH - RIGHT));
        // The ticks are the series' own lowest and highest figures, not the padded edges of the plot.
        for (double value : new double[] {scale.min(), scale.max()}) {
            svg.append(String.format(
                    Locale.ROOT,
                    "<text class=\"tick y\" x=\"%d\" y=\"%s\" text-anchor=\"end\">%s</text>",
                    LEFT - 6,
                    px(scale.y(value) + 4),
                    escape(Formats.number(value))));
        }
        svg.append(String.format(
                Locale.ROOT,
                "<text class=\"tick x\" x=\"%d\" y=\"%d\">%s</text>",
                LEFT,
                HEIGHT - 8,
                escape(points.getFirst().time())));
        svg.append(String.format(
                Locale.ROOT,
                "<text class=\"tick x\" x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>",
                WIDTH - RIGHT,
                HEIGHT - 8,
                escape(points.getLast().time())));
    }

    private static void band(StringBuilder svg, Scale scale, List<TrendSeries.Point> points) {
        StringBuilder upper = new StringBuilder();
        StringBuilder lower = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            TrendSeries.Point point = points.get(i);
            if (!Double.isFinite(point.ciLow()) || !Double.isFinite(point.ciHigh())) {
                continue;
            }
            upper.append(upper.isEmpty() ? "M" : "L")
                    .append(px(scale.x(i)))
                    .append(' ')
                    .append(px(scale.y(point.ciHigh())));
            lower.insert(0, "L" + px(scale.x(i)) + " " + px(scale.y(point.ciLow())));
        }
        if (!upper.isEmpty()) {
            svg.append("<path class=\"ci\" d=\"")
                    .append(upper)
                    .append(lower)
                    .append("Z\" fill=\"#9ecae1\" fill-opacity=\"0.5\" stroke=\"none\"/>");
        }
    }

    private static void line(StringBuilder svg, Scale scale, List<TrendSeries.Point> points) {
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            path.append(i == 0 ? "M" : "L")
                    .append(px(scale.x(i)))
                    .append(' ')
                    .append(px(scale.y(points.get(i).median())));
        }
        svg.append("<path class=\"median\" d=\"")
                .append(path)
                .append("\" fill=\"none\" stroke=\"#08519c\" stroke-width=\"1.5\"/>");
        for (int i = 0; i < points.size(); i++) {
            svg.append(String.format(
                    Locale.ROOT,
                    "<circle cx=\"%s\" cy=\"%s\" r=\"2\" fill=\"#08519c\"><title>%s %s: %s</title></circle>",
                    px(scale.x(i)),
                    px(scale.y(points.get(i).median())),
                    escape(points.get(i).runId()),
                    escape(points.get(i).time()),
                    escape(Formats.number(points.get(i).median()))));
        }
    }

    private static void changePoint(StringBuilder svg, Scale scale, TrendSeries series, int index) {
        double x = (scale.x(index - 1) + scale.x(index)) / 2;
        boolean regression = series.isRegression(index);
        svg.append(String.format(
                Locale.ROOT,
                "<g class=\"change %s\"><path d=\"M%s %d V%d\" stroke=\"%s\" stroke-dasharray=\"4 3\"/>"
                        + "<text x=\"%s\" y=\"%d\" fill=\"%s\">%+.1f %%</text></g>",
                regression ? "regression" : "improvement",
                px(x),
                TOP,
                HEIGHT - BOTTOM,
                regression ? "#cb181d" : "#238b45",
                px(x + 4),
                TOP + 12,
                regression ? "#cb181d" : "#238b45",
                series.changePercent(index)));
    }

    /**
     * Maps run positions and values to the plot area. The values' range {@code min..max} is padded
     * by 5 % on each side, but never below 0 when no value is negative: a rate is not drawn as if
     * it could be.
     */
    private record Scale(int count, double min, double max, double low, double high) {
        static Scale of(List<TrendSeries.Point> points) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (TrendSeries.Point point : points) {
                for (double value : new double[] {point.median(), point.ciLow(), point.ciHigh()}) {
                    if (Double.isFinite(value)) {
                        min = Math.min(min, value);
                        max = Math.max(max, value);
                    }
                }
            }
            double pad = max > min ? (max - min) * 0.05 : Math.max(Math.abs(max) * 0.05, 1e-9);
            double low = min >= 0 ? Math.max(0, min - pad) : min - pad;
            return new Scale(points.size(), min, max, low, max + pad);
        }

        double x(int index) {
            double width = WIDTH - LEFT - RIGHT;
            return count == 1 ? LEFT + width / 2 : LEFT + width * index / (count - 1);
        }

        double y(double value) {
            double height = HEIGHT - TOP - BOTTOM;
            return HEIGHT - BOTTOM - height * (value - low) / (high - low);
        }
    }

    private static String px(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c < 0x20 ? ' ' : c);
            }
        }
        return out.toString();
    }
}
