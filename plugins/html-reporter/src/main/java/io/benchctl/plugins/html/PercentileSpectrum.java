package io.benchctl.plugins.html;

import static io.benchctl.plugins.html.Xml.px;
import static io.benchctl.plugins.html.Xml.text;

import io.benchctl.api.report.Formats;
import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.zip.DataFormatException;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;

/**
 * A latency percentile spectrum as HdrHistogram plots it: the x axis is 1/(1 - percentile) on a
 * log scale (ticks at 90%, 99%, 99.9%, ...) so the tail gets as much room as the body; the y axis
 * is latency, linear from zero.
 */
final class PercentileSpectrum {

    private static final int WIDTH = 760;
    private static final int HEIGHT = 300;
    private static final int LEFT = 70;
    private static final int RIGHT = 45;
    private static final int TOP = 15;
    private static final int BOTTOM = 40;
    private static final double PLOT_WIDTH = WIDTH - LEFT - RIGHT;
    private static final double PLOT_HEIGHT = HEIGHT - TOP - BOTTOM;

    private PercentileSpectrum() {}

    /** Decodes the result model's histogram (compressed, base64). */
    static Histogram decode(String base64) throws DataFormatException {
        return Histogram.decodeFromCompressedByteBuffer(
                ByteBuffer.wrap(Base64.getDecoder().decode(base64)), 0);
    }

    /** The plot of a histogram of nanosecond values. */
    static String svg(String title, Histogram histogram) {
        int decades = (int) Math.max(2, Math.min(6, Math.ceil(Math.log10(Math.max(1, histogram.getTotalCount())))));
        Formats.Quantity top = Formats.quantity(histogram.getMaxValue(), "ns");
        double yMax = niceCeiling(histogram.getMaxValue() / top.factor());
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(HEIGHT)
                .append("\" width=\"")
                .append(WIDTH)
                .append("\" height=\"")
                .append(HEIGHT)
                .append("\"><title>")
                .append(text(title))
                .append("</title>");
        percentileGrid(svg, decades);
        latencyGrid(svg, yMax);
        axisTitles(svg, top.unit());
        spectrum(svg, histogram, decades, top.factor(), yMax);
        return svg.append("</svg>").toString();
    }

    /** Vertical lines at 0%, 90%, 99%, ... with their labels. */
    private static void percentileGrid(StringBuilder svg, int decades) {
        for (int d = 0; d <= decades; d++) {
            double x = LEFT + PLOT_WIDTH * d / decades;
            svg.append("<path class=\"grid\" d=\"M")
                    .append(px(x))
                    .append(' ')
                    .append(TOP)
                    .append("V")
                    .append(px(TOP + PLOT_HEIGHT))
                    .append("\"/><text class=\"tick\" x=\"")
                    .append(px(x))
                    .append("\" y=\"")
                    .append(px(TOP + PLOT_HEIGHT + 18))
                    .append("\">")
                    .append(percentLabel(d))
                    .append("</text>");
        }
    }

    /** Five horizontal lines from zero to {@code yMax} with their labels. */
    private static void latencyGrid(StringBuilder svg, double yMax) {
        for (int i = 0; i <= 4; i++) {
            double y = TOP + PLOT_HEIGHT - PLOT_HEIGHT * i / 4;
            svg.append("<path class=\"grid\" d=\"M")
                    .append(LEFT)
                    .append(' ')
                    .append(px(y))
                    .append("H")
                    .append(px(LEFT + PLOT_WIDTH))
                    .append("\"/><text class=\"ytick\" x=\"")
                    .append(LEFT - 6)
                    .append("\" y=\"")
                    .append(px(y + 4))
                    .append("\">")
                    .append(tickLabel(yMax * i / 4))
                    .append("</text>");
        }
    }

    private static void axisTitles(StringBuilder svg, String latencyUnit) {
        svg.append("<text class=\"axis\" x=\"")
                .append(LEFT + PLOT_WIDTH / 2)
                .append("\" y=\"")
                .append(HEIGHT - 4)
                .append("\">percentile</text><text class=\"axis\" x=\"12\" y=\"")
                .append(TOP + PLOT_HEIGHT / 2)
                .append("\" transform=\"rotate(-90 12 ")
                .append(TOP + PLOT_HEIGHT / 2)
                .append(")\">latency (")
                .append(text(latencyUnit))
                .append(")</text>");
    }

    /** The curve: one point per percentile step, latency divided by {@code factor} into the axis unit. */
    private static void spectrum(StringBuilder svg, Histogram histogram, int decades, double factor, double yMax) {
        svg.append("<polyline class=\"spectrum\" points=\"");
        for (HistogramIterationValue point : histogram.percentiles(5)) {
            double fraction = point.getPercentileLevelIteratedTo() / 100;
            double decade = fraction >= 1 ? decades : Math.min(decades, Math.log10(1 / (1 - fraction)));
            double x = LEFT + PLOT_WIDTH * decade / decades;
            double y = TOP + PLOT_HEIGHT - PLOT_HEIGHT * Math.min(1, point.getValueIteratedTo() / factor / yMax);
            svg.append(px(x)).append(',').append(px(y)).append(' ');
        }
        svg.append("\"/>");
    }

    /** 0 → 0%, 1 → 90%, 2 → 99%, 3 → 99.9%, ... */
    static String percentLabel(int decade) {
        return switch (decade) {
            case 0 -> "0%";
            case 1 -> "90%";
            default -> "99" + (decade > 2 ? "." + "9".repeat(decade - 2) : "") + "%";
        };
    }

    /** Axis ticks are round numbers: 0.5, 1.5, 25 rather than four significant digits. */
    private static String tickLabel(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** The smallest 1, 2 or 5 times a power of ten at or above the value. */
    static double niceCeiling(double value) {
        if (!(value > 0)) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1, 2, 5, 10}) {
            if (step * power >= value) {
                return step * power;
            }
        }
        return 10 * power;
    }
}
