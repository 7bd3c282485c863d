package io.benchctl.plugins.html;

import static io.benchctl.plugins.html.Xml.px;
import static io.benchctl.plugins.html.Xml.text;

import io.benchctl.api.report.Formats;
import io.benchctl.api.result.MetricResult;
import java.util.List;

/**
 * A horizontal bar chart of one metric across workloads: a bar to the median, a whisker over
 * the 95% CI, the formatted figure at the end. The axis starts at zero so bar lengths compare.
 */
final class BarChart {

    /** One bar: its label and the metric it shows. */
    record Bar(String label, MetricResult metric) {}

    private static final int WIDTH = 760;
    private static final int LABEL_WIDTH = 190;
    private static final int FIGURE_WIDTH = 230;
    private static final int ROW_HEIGHT = 30;
    private static final double PLOT_WIDTH = WIDTH - LABEL_WIDTH - FIGURE_WIDTH;

    private BarChart() {}

    static String svg(String title, List<Bar> bars) {
        double max = bars.stream().mapToDouble(BarChart::upper).max().orElse(1);
        int height = bars.size() * ROW_HEIGHT + 10;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(height)
                .append("\" width=\"")
                .append(WIDTH)
                .append("\" height=\"")
                .append(height)
                .append("\"><title>")
                .append(text(title))
                .append("</title>");
        for (int i = 0; i < bars.size(); i++) {
            row(svg, bars.get(i), 5 + i * ROW_HEIGHT, max);
        }
        return svg.append("</svg>").toString();
    }

    /** One row at height {@code y}: label, bar to the median, CI whisker, figure. */
    private static void row(StringBuilder svg, Bar bar, double y, double max) {
        MetricResult metric = bar.metric();
        svg.append("<text class=\"label\" x=\"")
                .append(LABEL_WIDTH - 8)
                .append("\" y=\"")
                .append(px(y + 19))
                .append("\">")
                .append(text(bar.label()))
                .append("</text>");
        svg.append("<rect class=\"bar\" x=\"")
                .append(LABEL_WIDTH)
                .append("\" y=\"")
                .append(px(y + 5))
                .append("\" width=\"")
                .append(px(scale(metric.value(), max)))
                .append("\" height=\"20\"/>");
        if (metric.stats() != null) {
            whisker(
                    svg,
                    LABEL_WIDTH + scale(metric.stats().ciLow(), max),
                    LABEL_WIDTH + scale(metric.stats().ciHigh(), max),
                    y);
        }
        String figure = Formats.value(metric) + " " + Formats.ciHalfWidth(metric);
        svg.append("<text class=\"figure\" x=\"")
                .append(WIDTH - FIGURE_WIDTH + 6)
                .append("\" y=\"")
                .append(px(y + 19))
                .append("\">")
                .append(text(figure.strip()))
                .append("</text>");
    }

    /** The 95% CI from x {@code low} to {@code high}, with end caps. */
    private static void whisker(StringBuilder svg, double low, double high, double y) {
        svg.append("<path class=\"whisker\" d=\"M")
                .append(px(low))
                .append(' ')
                .append(px(y + 9))
                .append("v12M")
                .append(px(low))
                .append(' ')
                .append(px(y + 15))
                .append("H")
                .append(px(high))
                .append("M")
                .append(px(high))
                .append(' ')
                .append(px(y + 9))
                .append("v12\"/>");
    }

    private static double upper(Bar bar) {
        MetricResult metric = bar.metric();
        double high = metric.stats() == null
                ? metric.value()
                : Math.max(metric.value(), metric.stats().ciHigh());
        return Double.isFinite(high) && high > 0 ? high : 1;
    }

    private static double scale(double value, double max) {
        return Double.isFinite(value) ? Math.max(0, Math.min(1, value / max)) * PLOT_WIDTH : 0;
    }
}
