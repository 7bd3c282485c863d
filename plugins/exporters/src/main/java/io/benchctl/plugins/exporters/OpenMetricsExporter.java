package io.benchctl.plugins.exporters;

import io.benchctl.api.report.ReportContext;
import io.benchctl.api.report.Reporter;
import io.benchctl.api.result.RunResult;
import io.benchctl.api.result.WorkloadResult;
import io.benchctl.api.result.WorkloadStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.pf4j.Extension;

/**
 * {@code <runId>.prom}: the OpenMetrics text format, which node-exporter's textfile collector
 * also reads (it takes {@code # UNIT} and {@code # EOF} as comments). Values are in base units
 * (bytes, seconds); per-iteration metrics are gauges of the median, latencies are summaries with
 * their quantiles, and {@code benchctl_workload_ok} is 1 or 0 per workload so alerts can fire on
 * a failure.
 */
@Extension
public final class OpenMetricsExporter implements Reporter {

    @Override
    public String id() {
        return "openmetrics";
    }

    @Override
    public String description() {
        return "OpenMetrics / Prometheus text exposition (node-exporter textfile collector)";
    }

    @Override
    public void write(RunResult result, ReportContext context) throws IOException {
        var written =
                context.writeAtomically(result.runId() + ".prom", render(result).getBytes(StandardCharsets.UTF_8));
        if (!context.quiet()) {
            context.console().println("openmetrics: " + written);
        }
    }

    static String render(RunResult result) {
        Map<String, MetricFamily> families = new LinkedHashMap<>();
        MetricFamily status = new MetricFamily(
                "benchctl_workload_ok",
                "gauge",
                "",
                "1 when the workload finished ok, 0 when it failed or was skipped");
        families.put(status.name(), status);
        for (WorkloadResult test : result.tests()) {
            status.sample("", Labels.of(result, test, null), test.status() == WorkloadStatus.OK ? 1 : 0);
        }
        for (Reported reported : Reported.all(result)) {
            MetricFamily.add(families, result, reported);
        }
        StringBuilder out = new StringBuilder();
        families.values().forEach(family -> family.appendTo(out));
        return out.append("# EOF\n").toString();
    }
}
