package io.benchctl.runtime.cli;

import io.benchctl.api.report.Formats;
import io.benchctl.api.result.MetricResult;
import io.benchctl.api.result.RunResult;
import io.benchctl.api.result.WorkloadResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;

/** What {@code benchctl run} prints on stdout when it ends: a line per workload and one for the run. */
final class RunSummary {
    private RunSummary() {}

    static void print(RunResult result, Path outputDir, PrintWriter out) {
        for (WorkloadResult test : result.tests()) {
            String headline = test.metrics().stream()
                    .filter(m -> m.thread() == null)
                    .findFirst()
                    .map(RunSummary::headline)
                    .orElse(test.error() == null ? "" : test.error().message());
            out.printf("%-40s %-8s %s%n", test.id(), test.status().name().toLowerCase(Locale.ROOT), headline);
        }
        String host = result.hostId() == null ? "" : " on host " + result.hostId();
        out.println("run " + result.runId() + ": " + result.status().name().toLowerCase(Locale.ROOT) + ", "
                + result.tests().size() + " workload(s)" + host + "; results in " + outputDir);
        BaselineGateOptions.printVerdicts(result, out);
        out.flush();
    }

    private static String headline(MetricResult metric) {
        return metric.name() + " " + Formats.withUnit(metric.value(), metric.unit()) + " "
                + Formats.ciHalfWidth(metric);
    }
}
