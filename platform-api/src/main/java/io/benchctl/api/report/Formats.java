package io.benchctl.api.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.benchctl.api.format.UnitText;
import io.benchctl.api.report.Figures.KnownUnit;
import io.benchctl.api.result.MetricResult;
import io.benchctl.api.result.WorkloadResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * The one place that turns numbers and units into text, so that every reporter shows the same
 * figure for the same aggregate. Rules:
 *
 * <ul>
 *   <li><b>Four significant digits</b>, rounded half-up, trailing zeros kept ({@code 1.000 GB/s}
 *       says the precision); integer digits are never dropped ({@code 1,234,568 ops/s}).
 *   <li><b>Thousands separator</b> {@code ,} and decimal point {@code .}, whatever the locale.
 *   <li><b>Scaling</b> moves a value into [1, 1000) within its unit's own family and never across
 *       families: decimal bytes and bits step by 1000 ({@code 12345.6 MB/s} → {@code 12.35
 *       GB/s}), IEC bytes by 1024 ({@code 2048 MiB/s} → {@code 2.000 GiB/s}), time from ns to s
 *       ({@code 12345 ns} → {@code 12.35 µs}). Other units (ops/s, %, counts) are not scaled.
 *   <li><b>Confidence intervals</b> are shown as {@code ±h}, h the larger distance from the value
 *       to either bound of the 95% CI (conservative for skewed intervals), in the value's scale
 *       and with its decimals.
 *   <li><b>Fractions as percent</b> (CV) with one decimal ({@code 3.2%}); below 0.05% but not
 *       zero, {@code <0.1%}.
 *   <li>NaN or infinite values print as {@code n/a}.
 * </ul>
 *
 * <p>Machine formats (CSV, OpenMetrics, ...) export raw numbers, not these strings.
 *
 * <p>A helper for reporters, not part of the 1.0 compatibility promise ({@code EXPERIMENTAL}):
 * the text it produces, its rounding included, may change in a minor API version, and every
 * reporter follows at once because all of them call the host's one copy (adr/0008, adr/0009).
 */
@API(status = EXPERIMENTAL, since = "1.0")
public final class Formats {

    /** Significant digits of every formatted figure. */
    public static final int SIGNIFICANT_DIGITS = 4;

    private Formats() {}

    /**
     * A figure ready to print: its number and its (possibly rescaled) unit.
     *
     * @param factor what the original value was divided by to get the number, so related figures
     *     (a CI, a p99) can be shown in the same scale
     * @param decimals decimals the number was printed with
     */
    @API(status = EXPERIMENTAL, since = "1.0")
    public record Quantity(String number, String unit, double factor, int decimals) {
        /** {@code "12.35 GB/s"}, or just the number when there is no unit. */
        @Override
        public String toString() {
            return unit.isEmpty() ? number : number + " " + unit;
        }
    }

    /** Scales and rounds {@code value} given in {@code unit}. */
    public static Quantity quantity(double value, String unit) {
        String safeUnit = unit == null ? "" : unit;
        if (!Double.isFinite(value)) {
            return new Quantity("n/a", safeUnit, 1.0, 0);
        }
        KnownUnit known = KnownUnit.parse(safeUnit);
        if (known != null && value != 0) {
            return Figures.scaled(value, known);
        }
        BigDecimal rounded = Figures.round(value);
        return new Quantity(Figures.group(rounded), safeUnit, 1.0, Math.max(0, rounded.scale()));
    }

    /**
     * A value converted to its unit family's base unit, for machine formats that want base
     * units (OpenMetrics): {@code 12345.6 MB/s → 1.23456E10 B/s}, {@code 7200 ns → 7.2E-6 s}.
     * Units outside the known families come back unchanged.
     */
    @API(status = EXPERIMENTAL, since = "1.0")
    public record BaseValue(double value, String unit) {}

    /** See {@link BaseValue}. */
    public static BaseValue inBaseUnit(double value, String unit) {
        String safeUnit = unit == null ? "" : unit;
        KnownUnit known = KnownUnit.parse(safeUnit);
        if (known == null) {
            return new BaseValue(value, safeUnit);
        }
        return new BaseValue(value * Figures.toBase(known), Figures.baseUnit(known));
    }

    /** {@code "12.35 GB/s"}. */
    public static String withUnit(double value, String unit) {
        return quantity(value, unit).toString();
    }

    /** A number without unit: four significant digits, thousands grouped. */
    public static String number(double value) {
        return Double.isFinite(value) ? Figures.group(Figures.round(value)) : "n/a";
    }

    /** The headline value of a metric, {@code "12.35 GB/s"}. */
    public static Quantity value(MetricResult metric) {
        return quantity(metric.value(), metric.unit());
    }

    /**
     * The 95% CI of a metric's median as {@code "±0.21"}, in the scale and decimals of
     * {@link #value}; {@code ""} when the metric has no interval.
     */
    public static String ciHalfWidth(MetricResult metric) {
        if (metric.stats() == null) {
            return "";
        }
        return ciHalfWidth(
                value(metric),
                metric.value(),
                metric.stats().ciLow(),
                metric.stats().ciHigh());
    }

    /** {@code "±h"} for the interval [low, high] around {@code value}, printed like {@code shown}. */
    public static String ciHalfWidth(Quantity shown, double value, double low, double high) {
        double half = Math.max(Math.abs(high - value), Math.abs(value - low));
        if (!Double.isFinite(half) || "n/a".equals(shown.number())) {
            return "";
        }
        BigDecimal scaled = BigDecimal.valueOf(half / shown.factor()).setScale(shown.decimals(), RoundingMode.HALF_UP);
        return "±" + Figures.group(scaled);
    }

    /** The coefficient of variation of a metric as a percent, or {@code ""} without stats. */
    public static String cv(MetricResult metric) {
        return metric.stats() == null ? "" : percent(metric.stats().cv());
    }

    /** A fraction as a percent with one decimal: {@code 0.0321 → "3.2%"}. */
    public static String percent(double fraction) {
        if (!Double.isFinite(fraction)) {
            return "n/a";
        }
        double percent = fraction * 100;
        if (percent != 0 && Math.abs(percent) < 0.05) {
            return "<0.1%";
        }
        return BigDecimal.valueOf(percent).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** A threshold already in percent, as written: {@code 5.0 → "5%"}, {@code 2.5 → "2.5%"}. */
    public static String thresholdPercent(double percent) {
        return Double.isFinite(percent)
                ? new BigDecimal(percent)
                                .round(new java.math.MathContext(SIGNIFICANT_DIGITS))
                                .stripTrailingZeros()
                                .toPlainString()
                        + "%"
                : "n/a";
    }

    /**
     * A change already in percent, signed, with one decimal: {@code -48.23 → "-48.2%"}; null (a
     * change that could not be computed) is {@code "n/a"}. How baseline comparisons print a delta.
     */
    public static String signedPercent(Double percent) {
        return percent == null || !Double.isFinite(percent)
                ? "n/a"
                : String.format(java.util.Locale.ROOT, "%+.1f%%", percent);
    }

    /** The p99 of a latency metric ({@code "41.23 µs"}), or {@code ""} for other metrics. */
    public static String p99(MetricResult metric) {
        return isLatency(metric) && metric.stats() != null
                ? withUnit(metric.stats().p99(), metric.unit())
                : "";
    }

    /** A size for people ({@code 24.0 GiB}), the same text {@code benchctl sysinfo} prints. */
    public static String bytes(double sizeBytes) {
        return UnitText.humanBytes(sizeBytes);
    }

    /** A span for people ({@code 1.50 s}, {@code 3m05s}): {@link UnitText#humanDuration}. */
    public static String duration(Duration span) {
        // An estimate already overrun (a negative ETA) shows as zero rather than failing a render.
        return UnitText.humanDuration(span.isNegative() ? Duration.ZERO : span);
    }

    /** A metric's name as every reporter labels it: {@code bandwidth}, {@code bandwidth [thread 1]}. */
    public static String label(MetricResult metric) {
        return metric.thread() == null ? metric.name() : metric.name() + " [thread " + metric.thread() + "]";
    }

    /** True for latency metrics: those that carry a histogram. */
    public static boolean isLatency(MetricResult metric) {
        return metric.histogram() != null;
    }

    /** The metrics reports lead with: the aggregates (all threads), in recorded order. */
    public static List<MetricResult> aggregates(WorkloadResult test) {
        return test.metrics() == null
                ? List.of()
                : test.metrics().stream().filter(m -> m.thread() == null).toList();
    }

    /** The per-thread breakdown, in recorded order (empty for single-figure workloads). */
    public static List<MetricResult> perThread(WorkloadResult test) {
        return test.metrics() == null
                ? List.of()
                : test.metrics().stream().filter(m -> m.thread() != null).toList();
    }

    /**
     * A JSON-like tree (the host block) flattened for display: dotted keys in tree order, lists
     * joined by {@code ", "}, and numbers under keys ending in {@code Bytes} shown as sizes
     * ({@code memory.totalBytes → 24.00 GiB}).
     */
    public static Map<String, String> flatten(Map<String, ?> tree) {
        Map<String, String> flat = new LinkedHashMap<>();
        flatten("", tree, flat);
        return flat;
    }

    private static void flatten(String prefix, Map<String, ?> tree, Map<String, String> flat) {
        for (Map.Entry<String, ?> entry : tree.entrySet()) {
            String key = prefix + entry.getKey();
            Object value = entry.getValue();
            if (value instanceof Map<?, ?> map) {
                @SuppressWarnings("unchecked")
                Map<String, ?> child = (Map<String, ?>) map;
                flatten(key + ".", child, flat);
            } else if (value instanceof List<?> list) {
                flat.put(
                        key,
                        String.join(", ", list.stream().map(String::valueOf).toList()));
            } else if (value instanceof Number number && key.endsWith("Bytes") && number.doubleValue() >= 0) {
                flat.put(key, bytes(number.doubleValue()));
            } else if (value != null) {
                flat.put(key, String.valueOf(value));
            }
        }
    }
}
