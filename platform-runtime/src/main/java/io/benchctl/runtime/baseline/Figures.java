package io.benchctl.runtime.baseline;

import java.util.Locale;

/**
 * Formats the comparison's own figures for people: thresholds, changes, p-values, verdicts. Medians
 * are printed by {@link io.benchctl.api.report.Formats}, as every reporter prints them.
 */
final class Figures {

    private Figures() {}

    /** A threshold as written, e.g. {@code 5%} or {@code 2.5%}. */
    static String threshold(double percent) {
        return io.benchctl.api.report.Formats.thresholdPercent(percent);
    }

    /** A signed percentage with one decimal, e.g. {@code +10.2%}. */
    static String percent(Double percent) {
        return io.benchctl.api.report.Formats.signedPercent(percent);
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
}
