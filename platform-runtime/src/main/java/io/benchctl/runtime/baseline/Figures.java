package io.benchctl.runtime.baseline;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Formats figures for people: four significant digits and a scaled unit. */
final class Figures {

    private static final String[] SI_PREFIXES = {"", "k", "M", "G", "T", "P"};
    private static final String[] TIME_UNITS = {"ns", "µs", "ms", "s"};

    private Figures() {}

    /** E.g. {@code 12.83 GB/s}, {@code 14.6 µs}, {@code 0.5 ops}. */
    static String value(double value, String unit) {
        if (!Double.isFinite(value)) {
            return String.valueOf(value);
        }
        String suffix = unit == null ? "" : unit;
        double scaled = value;
        if ("ns".equals(suffix)) {
            int step = 0;
            while (Math.abs(scaled) >= 1000 && step < TIME_UNITS.length - 1) {
                scaled /= 1000;
                step++;
            }
            return significant(scaled) + " " + TIME_UNITS[step];
        }
        int step = 0;
        while (Math.abs(scaled) >= 1000 && step < SI_PREFIXES.length - 1) {
            scaled /= 1000;
            step++;
        }
        return (significant(scaled) + " " + SI_PREFIXES[step] + suffix).strip();
    }

    /** A threshold as written, e.g. {@code 5%} or {@code 2.5%}. */
    static String threshold(double percent) {
        return significant(percent) + "%";
    }

    /** A signed percentage with one decimal, e.g. {@code +10.2%}. */
    static String percent(Double percent) {
        return percent == null ? "n/a" : String.format(Locale.ROOT, "%+.1f%%", percent);
    }

    /** A p-value or index with three significant digits. */
    static String number(Double value) {
        return value == null ? "n/a" : String.format(Locale.ROOT, "%.3g", value);
    }

    /** The bootstrap interval, e.g. {@code [+8.1%, +12.0%]}. */
    static String interval(MetricComparison m) {
        return m.ciLowPercent() == null
                ? "n/a"
                : "[" + percent(m.ciLowPercent()) + ", " + percent(m.ciHighPercent()) + "]";
    }

    /** The verdict with an arrow in the direction of better or worse. */
    static String verdict(Verdict verdict) {
        return switch (verdict) {
            case IMPROVED -> "↑ improved";
            case REGRESSED -> "↓ regressed";
            case UNCHANGED -> "= unchanged";
            case INCONCLUSIVE -> "? inconclusive";
        };
    }

    private static String significant(double value) {
        return new BigDecimal(value)
                .round(new MathContext(4))
                .stripTrailingZeros()
                .toPlainString();
    }
}
