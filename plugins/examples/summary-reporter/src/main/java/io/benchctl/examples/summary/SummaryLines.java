package io.benchctl.examples.summary;

import io.benchctl.api.report.Formats;
import io.benchctl.api.result.ErrorInfo;
import io.benchctl.api.result.MetricResult;
import io.benchctl.api.result.RunResult;
import io.benchctl.api.result.WorkloadResult;
import io.benchctl.api.result.WorkloadStatus;
import java.util.Locale;

/**
 * Renders a result as one line per workload, aligned on the workload id. Figures go through the
 * API's {@link Formats}, so they read exactly as in every other reporter.
 */
final class SummaryLines {
    private SummaryLines() {}

    static String of(RunResult result) {
        int width = result.tests().stream().mapToInt(t -> t.id().length()).max().orElse(0);
        StringBuilder out = new StringBuilder();
        for (WorkloadResult test : result.tests()) {
            out.append(String.format(
                                    Locale.ROOT,
                                    "%-" + width + "s  %-7s  %s",
                                    test.id(),
                                    test.status().name().toLowerCase(Locale.ROOT),
                                    detail(test))
                            .stripTrailing())
                    .append('\n');
        }
        return out.toString();
    }

    /** The headline metric of a workload that ran, or why it did not. */
    private static String detail(WorkloadResult test) {
        if (test.status() != WorkloadStatus.OK) {
            ErrorInfo error = test.error();
            return error == null
                    ? ""
                    : error.code().id() + " in " + error.phase().id() + ": " + error.message();
        }
        return Formats.aggregates(test).stream()
                .findFirst()
                .map(SummaryLines::headline)
                .orElse("");
    }

    /** {@code bandwidth 12.35 GB/s ±0.21 (n=5, CV 1.2%)}: the median, its 95% CI and the spread. */
    private static String headline(MetricResult metric) {
        String ci = Formats.ciHalfWidth(metric);
        return Formats.label(metric) + " " + Formats.value(metric) + (ci.isEmpty() ? "" : " " + ci) + " (n="
                + metric.stats().n() + ", CV " + Formats.cv(metric) + ")";
    }
}
