package io.benchctl.examples.summary;

import io.benchctl.api.result.ErrorInfo;
import io.benchctl.api.result.MetricResult;
import io.benchctl.api.result.RunResult;
import io.benchctl.api.result.TestResult;
import io.benchctl.api.result.TestStatus;
import java.util.Locale;

/** Renders a result as one line per workload, aligned on the workload id. */
final class SummaryLines {
    private SummaryLines() {}

    static String of(RunResult result) {
        int width = result.tests().stream().mapToInt(t -> t.id().length()).max().orElse(0);
        StringBuilder out = new StringBuilder();
        for (TestResult test : result.tests()) {
            out.append(String.format(Locale.ROOT, "%-" + width + "s  %-7s  %s", test.id(),
                    test.status().name().toLowerCase(Locale.ROOT), detail(test)).stripTrailing()).append('\n');
        }
        return out.toString();
    }

    /** The headline metric of a workload that ran, or why it did not. */
    private static String detail(TestResult test) {
        if (test.status() != TestStatus.OK) {
            ErrorInfo error = test.error();
            return error == null ? "" : error.code() + " in " + error.phase() + ": " + error.message();
        }
        return test.metrics().stream().filter(m -> m.thread() == null).findFirst().map(SummaryLines::headline).orElse("");
    }

    /** {@code name median unit (n=5, ±1.2% CI95)}: the median with the relative half-width of its confidence interval. */
    private static String headline(MetricResult metric) {
        double halfWidth = (metric.stats().ciHigh() - metric.stats().ciLow()) / 2;
        String spread = metric.value() == 0 ? "" : String.format(Locale.ROOT, ", ±%.1f%% CI95", 100 * halfWidth / Math.abs(metric.value()));
        return String.format(Locale.ROOT, "%s %s %s (n=%d%s)", metric.name(), number(metric.value()), metric.unit(), metric.stats().n(), spread);
    }

    private static String number(double value) {
        double magnitude = Math.abs(value);
        if (magnitude >= 100) {
            return String.format(Locale.ROOT, "%.0f", value);
        }
        return String.format(Locale.ROOT, magnitude >= 1 ? "%.2f" : "%.3g", value);
    }
}
