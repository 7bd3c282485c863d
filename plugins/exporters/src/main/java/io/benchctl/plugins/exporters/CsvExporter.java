package io.benchctl.plugins.exporters;

import io.benchctl.api.report.ReportContext;
import io.benchctl.api.report.Reporter;
import io.benchctl.api.result.MetricResult;
import io.benchctl.api.result.RunResult;
import io.benchctl.api.result.Stats;
import io.benchctl.api.result.WorkloadResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.pf4j.Extension;

/**
 * {@code <runId>.csv} (RFC 4180, CRLF line ends): one row per metric, aggregate and per-thread,
 * with every statistic as a raw number; a workload without metrics (failed, skipped) gets one
 * row with its status and error so that nothing silently disappears from a spreadsheet.
 */
@Extension
public final class CsvExporter implements Reporter {

    static final List<String> HEADER = List.of(
            "run_id",
            "workload",
            "module",
            "variant",
            "status",
            "metric",
            "thread",
            "unit",
            "better",
            "value",
            "best",
            "n",
            "mean",
            "stddev",
            "cv",
            "min",
            "p50",
            "p90",
            "p95",
            "p99",
            "p999",
            "max",
            "ci_low",
            "ci_high",
            "error_code",
            "error_message");

    @Override
    public String id() {
        return "csv";
    }

    @Override
    public String description() {
        return "one CSV row per metric with all statistics";
    }

    @Override
    public void write(RunResult result, ReportContext context) throws IOException {
        var written =
                context.writeAtomically(result.runId() + ".csv", render(result).getBytes(StandardCharsets.UTF_8));
        if (!context.quiet()) {
            context.console().println("csv: " + written);
        }
    }

    static String render(RunResult result) {
        StringBuilder out = new StringBuilder();
        line(out, HEADER);
        for (WorkloadResult test : result.tests()) {
            if (test.metrics() == null || test.metrics().isEmpty()) {
                line(out, row(result, test, null));
            } else {
                test.metrics().forEach(metric -> line(out, row(result, test, metric)));
            }
        }
        return out.toString();
    }

    private static List<String> row(RunResult result, WorkloadResult test, MetricResult metric) {
        List<String> cells = new ArrayList<>(List.of(
                result.runId(),
                test.id(),
                test.module(),
                test.variant(),
                test.status().name().toLowerCase(Locale.ROOT)));
        if (metric == null) {
            cells.addAll(Collections.nCopies(19, ""));
        } else {
            cells.addAll(List.of(
                    metric.name(),
                    metric.thread() == null ? "" : metric.thread().toString(),
                    metric.unit(),
                    metric.better().name().toLowerCase(Locale.ROOT),
                    number(metric.value()),
                    number(metric.best())));
            cells.addAll(stats(metric.stats()));
        }
        cells.add(test.error() == null ? "" : test.error().code().id());
        cells.add(test.error() == null ? "" : test.error().message());
        return cells;
    }

    private static List<String> stats(Stats s) {
        if (s == null) {
            return Collections.nCopies(13, "");
        }
        return List.of(
                Long.toString(s.n()),
                number(s.mean()),
                number(s.stddev()),
                number(s.cv()),
                number(s.min()),
                number(s.p50()),
                number(s.p90()),
                number(s.p95()),
                number(s.p99()),
                number(s.p999()),
                number(s.max()),
                number(s.ciLow()),
                number(s.ciHigh()));
    }

    private static String number(double value) {
        return Double.isFinite(value) ? Json.plain(value) : "";
    }

    private static void line(StringBuilder out, List<String> cells) {
        out.append(cells.stream().map(CsvExporter::quote).collect(Collectors.joining(",")))
                .append("\r\n");
    }

    private static String quote(String cell) {
        String text = cell == null ? "" : cell;
        boolean needsQuotes = text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r");
        return needsQuotes ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
