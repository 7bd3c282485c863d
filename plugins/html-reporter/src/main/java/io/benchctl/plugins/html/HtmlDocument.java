package io.benchctl.plugins.html;

import static io.benchctl.plugins.html.Xml.text;

import io.benchctl.api.report.Formats;
import io.benchctl.api.result.MetricResult;
import io.benchctl.api.result.RunResult;
import io.benchctl.api.result.WorkloadResult;
import io.benchctl.api.result.WorkloadStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The page: a heading, one summary line of warnings and failures, then the results (one section
 * per module: charts, spectra, the table with each workload's warning lines), failures, host.
 */
final class HtmlDocument {

    private static final String CSS = loadCss();

    private final RunResult result;
    private final StringBuilder out = new StringBuilder();

    private HtmlDocument(RunResult result) {
        this.result = result;
    }

    static String render(RunResult result) {
        return new HtmlDocument(result).render();
    }

    private String render() {
        out.append(
                        "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><meta charset=\"utf-8\"/>")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/><title>benchctl ")
                .append(text(result.name()))
                .append(' ')
                .append(text(result.runId()))
                .append("</title><style>")
                .append(CSS)
                .append("</style></head><body>\n");
        out.append("<h1>benchctl run <code>")
                .append(text(result.name()))
                .append("</code>: <span class=\"status-")
                .append(text(result.status().name().toLowerCase(Locale.ROOT)))
                .append("\">")
                .append(text(result.status().name().toLowerCase(Locale.ROOT)))
                .append("</span></h1>\n");
        long ok = tests().stream().filter(t -> t.status() == WorkloadStatus.OK).count();
        out.append("<p>")
                .append(ok)
                .append(" of ")
                .append(tests().size())
                .append(" workloads ok. Run <code>")
                .append(text(result.runId()))
                .append("</code>, ")
                .append(text(result.startedAt()))
                .append(" to ")
                .append(text(result.finishedAt()))
                .append(".</p>\n");
        WarningLines.summary(out, result);
        modules();
        failures();
        host();
        return out.append("</body></html>\n").toString();
    }

    /** Failed and skipped workloads after the results; the summary at the top links here. */
    private void failures() {
        List<WorkloadResult> notOk =
                tests().stream().filter(t -> t.status() != WorkloadStatus.OK).toList();
        if (notOk.isEmpty()) {
            return;
        }
        out.append("<h2 id=\"failures\">Failed and skipped workloads</h2>\n");
        for (WorkloadResult test : notOk) {
            var error = test.error();
            out.append("<div class=\"failure\"><strong>")
                    .append(text(test.id()))
                    .append("</strong> ")
                    .append(test.status().name().toLowerCase(Locale.ROOT));
            if (error != null) {
                out.append(" in ")
                        .append(text(error.phase().id()))
                        .append(" (<code>")
                        .append(text(error.code().id()))
                        .append("</code>): ")
                        .append(text(error.message()));
            }
            out.append("</div>\n");
            WarningLines.block(out, test);
        }
    }

    private void modules() {
        Map<String, List<WorkloadResult>> byModule = new LinkedHashMap<>();
        tests().stream()
                .filter(t -> t.status() == WorkloadStatus.OK)
                .forEach(t -> byModule.computeIfAbsent(t.module(), m -> new ArrayList<>())
                        .add(t));
        byModule.forEach((module, tests) -> {
            out.append("<h2>").append(text(module)).append("</h2>\n");
            barCharts(tests);
            spectra(tests);
            MetricTable.append(out, tests);
            ConditionsTable.append(out, tests);
        });
    }

    /** One chart per metric name and unit, a bar per workload. */
    private void barCharts(List<WorkloadResult> tests) {
        Map<String, List<BarChart.Bar>> charts = new LinkedHashMap<>();
        for (WorkloadResult test : tests) {
            for (MetricResult metric : Formats.aggregates(test)) {
                charts.computeIfAbsent(metric.name() + " (" + metric.unit() + ")", k -> new ArrayList<>())
                        .add(new BarChart.Bar(test.variant(), metric));
            }
        }
        charts.forEach((title, bars) -> {
            out.append("<h3>").append(text(title)).append("</h3>\n");
            out.append(BarChart.svg(title + ": median with 95% CI", bars)).append('\n');
        });
    }

    private void spectra(List<WorkloadResult> tests) {
        for (WorkloadResult test : tests) {
            for (MetricResult metric : Formats.aggregates(test)) {
                if (!Formats.isLatency(metric)) {
                    continue;
                }
                String title = test.variant() + " " + metric.name() + ": percentile spectrum";
                out.append("<h3>").append(text(title)).append("</h3>\n");
                try {
                    out.append(PercentileSpectrum.svg(title, PercentileSpectrum.decode(metric.histogram())));
                    out.append("<p class=\"caption\">p50 ")
                            .append(text(Formats.withUnit(metric.stats().p50(), metric.unit())))
                            .append(" · p99 ")
                            .append(text(Formats.p99(metric)))
                            .append(" · p99.9 ")
                            .append(text(Formats.withUnit(metric.stats().p999(), metric.unit())))
                            .append(" · max ")
                            .append(text(Formats.withUnit(metric.stats().max(), metric.unit())))
                            .append(" · n = ")
                            .append(text(Formats.number(metric.stats().n())))
                            .append("</p>\n");
                } catch (java.util.zip.DataFormatException | RuntimeException e) {
                    out.append("<p class=\"caption\">The histogram could not be read: ")
                            .append(text(e.getMessage()))
                            .append("</p>\n");
                }
            }
        }
    }

    private void host() {
        if (result.host() == null || result.host().isEmpty()) {
            return;
        }
        out.append("<h2>Host</h2>\n<table>");
        Map<String, String> facts = new LinkedHashMap<>();
        if (result.hostId() != null) {
            facts.put("id", result.hostId());
        }
        facts.putAll(Formats.flatten(result.host()));
        facts.forEach((key, value) -> out.append("<tr><th>")
                .append(text(key))
                .append("</th><td>")
                .append(text(value))
                .append("</td></tr>"));
        out.append("</table>\n");
    }

    private List<WorkloadResult> tests() {
        return result.tests() == null ? List.of() : result.tests();
    }

    private static String loadCss() {
        try (InputStream in = HtmlDocument.class.getResourceAsStream("report.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new UncheckedIOException(new IOException("html reporter is missing report.css", e));
        }
    }
}
