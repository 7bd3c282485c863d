package io.benchctl.runtime.cli;

import io.benchctl.api.result.Stats;
import io.benchctl.history.store.HistoryStore;
import io.benchctl.history.store.StoredMetric;
import io.benchctl.runtime.config.Globs;
import io.benchctl.runtime.result.ResultCodec;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code benchctl history export --format json|csv [--metric GLOB] [--out FILE [--force]]}: every
 * stored metric, oldest run first, one row (CSV) or object (JSON) per metric of a run.
 */
@Command(
        name = "export",
        description = "Write recorded metrics as CSV or JSON, to stdout or a file.",
        mixinStandardHelpOptions = true)
final class HistoryExportCommand extends HistorySubcommand {

    enum Format {
        json,
        csv
    }

    static final List<String> CSV_COLUMNS = List.of(
            "run_id",
            "started_at",
            "host_id",
            "measurement_key",
            "workload",
            "metric",
            "unit",
            "better",
            "thread",
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
            "samples");

    @Option(names = "--format", required = true, paramLabel = "json|csv", description = "json or csv.")
    Format format;

    @Option(
            names = "--metric",
            paramLabel = "GLOB",
            description = "Only metrics whose name or workload/name matches (* any text, ? one character),"
                    + " e.g. 'sample/*/sums_per_second' or '*latency*'.")
    String metricGlob;

    @Mixin
    OutputFileOptions output = new OutputFileOptions();

    @Override
    boolean createsDatabase() {
        return false;
    }

    @Override
    int run(HistoryStore store) {
        Pattern glob = metricGlob == null ? null : Globs.compile(metricGlob);
        List<StoredMetric> metrics = store.allMetrics().stream()
                .filter(m -> glob == null
                        || glob.matcher(m.qualifiedName()).matches()
                        || glob.matcher(m.name()).matches())
                .toList();
        StringWriter text = new StringWriter();
        write(metrics, new PrintWriter(text));
        output.write(text.toString(), metrics.size() + " metric(s)", out(), err());
        return ExitCodes.OK;
    }

    private void write(List<StoredMetric> metrics, PrintWriter writer) {
        if (format == Format.json) {
            writer.println(ResultCodec.mapper().writeValueAsString(metrics));
            return;
        }
        writer.println(String.join(",", CSV_COLUMNS));
        for (StoredMetric metric : metrics) {
            writer.println(csvRow(metric));
        }
    }

    static String csvRow(StoredMetric m) {
        Stats s = m.stats();
        List<Object> cells = new ArrayList<>(List.of(
                m.runId(),
                m.startedAt(),
                m.hostId(),
                m.measurementKey(),
                m.workloadId(),
                m.name(),
                m.unit(),
                m.better()));
        cells.add(m.thread() == null ? "" : m.thread());
        for (double value : new double[] {m.value(), m.best()}) {
            cells.add(number(value));
        }
        cells.add(s.n());
        for (double value : new double[] {
            s.mean(),
            s.stddev(),
            s.cv(),
            s.min(),
            s.p50(),
            s.p90(),
            s.p95(),
            s.p99(),
            s.p999(),
            s.max(),
            s.ciLow(),
            s.ciHigh()
        }) {
            cells.add(number(value));
        }
        cells.add(m.samples().stream().map(HistoryExportCommand::number).collect(Collectors.joining(";")));
        return cells.stream().map(cell -> csvCell(String.valueOf(cell))).collect(Collectors.joining(","));
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "" : Double.toString(value);
    }

    private static String csvCell(String text) {
        if (text.contains(",") || text.contains("\"") || text.contains("\n")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
