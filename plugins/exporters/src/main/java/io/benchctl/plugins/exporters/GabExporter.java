package io.benchctl.plugins.exporters;

import io.benchctl.api.Better;
import io.benchctl.api.report.Formats;
import io.benchctl.api.report.ReportContext;
import io.benchctl.api.report.Reporter;
import io.benchctl.api.result.MetricResult;
import io.benchctl.api.result.RunResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.StringJoiner;
import org.pf4j.Extension;

/**
 * github-action-benchmark input: {@code <runId>.gab-bigger.json} for the tool
 * {@code customBiggerIsBetter} and {@code <runId>.gab-smaller.json} for
 * {@code customSmallerIsBetter}, each an array of {@code {name, unit, value, range, extra}}.
 * Only aggregates of workloads that finished are exported: those are what a CI chart tracks.
 */
@Extension
public final class GabExporter implements Reporter {

    @Override
    public String id() {
        return "gab";
    }

    @Override
    public String description() {
        return "github-action-benchmark customBiggerIsBetter / customSmallerIsBetter JSON";
    }

    @Override
    public void write(RunResult result, ReportContext context) throws IOException {
        List<Reported> metrics = Reported.aggregates(result);
        for (Better better : Better.values()) {
            String fileName = result.runId() + (better == Better.HIGHER ? ".gab-bigger.json" : ".gab-smaller.json");
            List<Reported> direction =
                    metrics.stream().filter(m -> m.metric().better() == better).toList();
            var written = context.writeAtomically(fileName, render(direction).getBytes(StandardCharsets.UTF_8));
            if (!context.quiet()) {
                context.console().println("gab: " + written);
            }
        }
    }

    static String render(List<Reported> metrics) {
        StringJoiner array = new StringJoiner(",\n", "[\n", "\n]\n").setEmptyValue("[]\n");
        for (Reported reported : metrics) {
            MetricResult metric = reported.metric();
            array.add("  {\"name\": " + Json.string(reported.name())
                    + ", \"unit\": " + Json.string(metric.unit())
                    + ", \"value\": " + Json.number(metric.value())
                    + ", \"range\": " + Json.string(range(metric))
                    + ", \"extra\": " + Json.string(extra(metric)) + "}");
        }
        return array.toString();
    }

    /** The CI half-width in the value's own unit: the chart plots raw values, not rescaled ones. */
    private static String range(MetricResult metric) {
        if (metric.stats() == null) {
            return "";
        }
        double half = Math.max(
                metric.stats().ciHigh() - metric.value(),
                metric.value() - metric.stats().ciLow());
        return "±" + Formats.number(half);
    }

    private static String extra(MetricResult metric) {
        StringBuilder extra =
                new StringBuilder("median of ").append(metric.samples().size()).append(" iterations");
        extra.append("\nshown as ").append(Formats.value(metric));
        if (metric.stats() != null) {
            extra.append(" ")
                    .append(Formats.ciHalfWidth(metric))
                    .append(", CV ")
                    .append(Formats.cv(metric));
        }
        if (Formats.isLatency(metric)) {
            extra.append("\np99 ").append(Formats.p99(metric));
        }
        return extra.toString();
    }
}
