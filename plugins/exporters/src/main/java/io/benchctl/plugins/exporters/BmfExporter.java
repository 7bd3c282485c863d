package io.benchctl.plugins.exporters;

import io.benchctl.api.report.ReportContext;
import io.benchctl.api.report.Reporter;
import io.benchctl.api.result.MetricResult;
import io.benchctl.api.result.RunResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import org.pf4j.Extension;

/**
 * Bencher Metric Format: {@code {benchmark: {measure: {value, lower_value, upper_value}}}} in
 * {@code <runId>.bmf.json}. The benchmark is the workload id; the measure slug names the metric
 * and its unit ({@code bandwidth-mb-s}) so one Bencher measure never mixes units; the bounds are
 * the 95% CI of the median.
 */
@Extension
public final class BmfExporter implements Reporter {

    @Override
    public String id() {
        return "bmf";
    }

    @Override
    public String description() {
        return "Bencher Metric Format JSON";
    }

    @Override
    public void write(RunResult result, ReportContext context) throws IOException {
        var written = context.writeAtomically(
                result.runId() + ".bmf.json",
                render(Reported.aggregates(result)).getBytes(StandardCharsets.UTF_8));
        if (!context.quiet()) {
            context.console().println("bmf: " + written);
        }
    }

    static String render(List<Reported> metrics) {
        Map<String, StringJoiner> benchmarks = new LinkedHashMap<>();
        for (Reported reported : metrics) {
            MetricResult metric = reported.metric();
            StringBuilder measure = new StringBuilder("{\"value\": ").append(Json.number(metric.value()));
            if (metric.stats() != null) {
                measure.append(", \"lower_value\": ")
                        .append(Json.number(metric.stats().ciLow()))
                        .append(", \"upper_value\": ")
                        .append(Json.number(metric.stats().ciHigh()));
            }
            benchmarks
                    .computeIfAbsent(reported.test().id(), id -> new StringJoiner(",\n", "{\n", "\n  }"))
                    .add("    " + Json.string(slug(metric.name() + "-" + metric.unit())) + ": " + measure + "}");
        }
        StringJoiner document = new StringJoiner(",\n", "{\n", "\n}\n").setEmptyValue("{}\n");
        benchmarks.forEach((benchmark, measures) -> document.add("  " + Json.string(benchmark) + ": " + measures));
        return document.toString();
    }

    /** Bencher slugs are lower-case letters, digits and single hyphens. */
    static String slug(String text) {
        String slug = text.toLowerCase(Locale.ROOT).replace("µ", "u").replaceAll("[^a-z0-9]+", "-");
        return slug.replaceAll("^-|-$", "");
    }
}
