package io.benchctl.plugins.parity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.benchctl.api.report.Formats;
import io.benchctl.api.result.MetricResult;
import io.benchctl.api.result.RunResult;
import io.benchctl.api.result.WorkloadResult;
import io.benchctl.api.result.WorkloadStatus;
import io.benchctl.runtime.result.ResultCodec;
import io.benchctl.testkit.reporter.SampleRun;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same result through every first-party reporter: each human format shows, for every
 * metric, exactly the figures {@link Formats} makes of it, and each machine format carries
 * numbers that {@link Formats} turns back into those same figures.
 */
class ReporterParityTest {

    @TempDir
    Path folder;

    private final RunResult result = SampleRun.result();
    private RenderedRun rendered;

    @BeforeEach
    void renderWithEveryReporter() throws Exception {
        rendered = RenderedRun.render(result, folder);
    }

    /** The figures of one metric as every human-facing reporter must print them. */
    private static List<String> figures(MetricResult metric) {
        List<String> figures = new ArrayList<>(List.of(
                Formats.value(metric).number(),
                Formats.value(metric).unit(),
                Formats.ciHalfWidth(metric),
                Formats.cv(metric)));
        if (Formats.isLatency(metric)) {
            figures.add(Formats.p99(metric));
        }
        return figures;
    }

    @Test
    void everyFirstPartyReporterIsFoundAsAService() {
        assertEquals(
                Set.of("json", "markdown", "html", "tui", "gab", "bmf", "csv", "openmetrics"),
                rendered.reporters().keySet());
    }

    @Test
    void markdownHtmlAndTerminalShowTheSameFiguresForEveryAggregate() throws Exception {
        String markdown = rendered.file(SampleRun.RUN_ID, ".md");
        String html = rendered.file(SampleRun.RUN_ID, ".html");
        for (WorkloadResult test : okTests()) {
            for (MetricResult metric : Formats.aggregates(test)) {
                String markdownRow = line(markdown, "| `" + test.variant() + "` | " + Formats.label(metric) + " |");
                String htmlRow = line(
                        html.replace("<tr>", "\n<tr>"),
                        "<tr><td><code>" + test.variant() + "</code></td><td>" + Formats.label(metric) + "</td>");
                String terminal = line(rendered.console(), "done     " + test.id() + ": ");
                for (String figure : figures(metric)) {
                    assertTrue(markdownRow.contains(figure), figure + " in markdown row " + markdownRow);
                    assertTrue(htmlRow.contains(figure), figure + " in html row " + htmlRow);
                    assertTrue(terminal.contains(figure), figure + " in terminal line " + terminal);
                }
            }
        }
    }

    @Test
    void perThreadFiguresAgreeInMarkdownHtmlAndCsv() throws Exception {
        String markdown = rendered.file(SampleRun.RUN_ID, ".md");
        String html = rendered.file(SampleRun.RUN_ID, ".html").replace("<tr>", "\n<tr>");
        String csv = rendered.file(SampleRun.RUN_ID, ".csv");
        int threads = 0;
        for (WorkloadResult test : okTests()) {
            for (MetricResult metric : Formats.perThread(test)) {
                threads++;
                String label = Formats.label(metric);
                String csvRow = line(
                        csv,
                        SampleRun.RUN_ID + "," + test.id() + "," + test.module() + "," + test.variant() + ",ok,"
                                + metric.name() + "," + metric.thread() + ",");
                double exported = Double.parseDouble(csvRow.split(",")[9]);
                assertEquals(Formats.value(metric).toString(), Formats.withUnit(exported, metric.unit()));
                for (String figure : figures(metric)) {
                    assertTrue(line(markdown, "| " + label + " |").contains(figure), figure);
                    assertTrue(line(html, "<td>" + label + "</td>").contains(figure), figure);
                }
            }
        }
        assertEquals(2, threads);
    }

    @Test
    void machineFormatsCarryNumbersThatFormatToTheSameFigures() throws Exception {
        String gab = rendered.file(SampleRun.RUN_ID, ".gab-bigger.json")
                + rendered.file(SampleRun.RUN_ID, ".gab-smaller.json");
        var bmf = ResultCodec.mapper().readTree(rendered.file(SampleRun.RUN_ID, ".bmf.json"));
        String prom = rendered.file(SampleRun.RUN_ID, ".prom");
        RunResult json = ResultCodec.read(folder.resolve(SampleRun.RUN_ID + ".json"));
        for (WorkloadResult test : okTests()) {
            WorkloadResult readBack = json.tests().stream()
                    .filter(t -> t.id().equals(test.id()))
                    .findFirst()
                    .orElseThrow();
            for (MetricResult metric : Formats.aggregates(test)) {
                String figure = Formats.value(metric).toString();
                MetricResult fromJson = readBack.metrics().stream()
                        .filter(m -> m.name().equals(metric.name()) && m.thread() == null)
                        .findFirst()
                        .orElseThrow();
                assertEquals(figure, Formats.value(fromJson).toString(), "json");
                String gabEntry = line(gab, "{\"name\": \"" + test.id() + " " + metric.name() + "\"");
                assertTrue(
                        gabEntry.contains("shown as " + figure + " " + Formats.ciHalfWidth(metric) + ", CV "
                                + Formats.cv(metric)),
                        gabEntry);
                assertEquals(figure, Formats.withUnit(number(gabEntry, "\"value\": "), metric.unit()), "gab");
                var measures = bmf.get(test.id());
                String slug = measures.propertyNames().stream()
                        .filter(n -> n.startsWith(metric.name().replace('_', '-') + "-"))
                        .findFirst()
                        .orElseThrow();
                assertEquals(
                        figure, Formats.withUnit(measures.get(slug).get("value").asDouble(), metric.unit()), "bmf");
                assertEquals(figure, openMetricsFigure(prom, test, metric), "openmetrics");
            }
        }
    }

    @Test
    void failuresAndWarningsAppearInEveryHumanFormat() throws Exception {
        List<String> outputs = List.of(
                rendered.file(SampleRun.RUN_ID, ".md"), rendered.file(SampleRun.RUN_ID, ".html"), rendered.console());
        for (String output : outputs) {
            for (WorkloadResult test : result.tests()) {
                if (test.status() != WorkloadStatus.OK) {
                    assertTrue(output.contains(test.error().message()), test.id());
                }
                test.warnings().forEach(w -> assertTrue(output.contains(w.message()), w.code()));
            }
        }
    }

    /** The exported base-unit sample, converted back to the metric's unit and formatted. */
    private static String openMetricsFigure(String prom, WorkloadResult test, MetricResult metric) {
        double perUnit = Formats.inBaseUnit(1, metric.unit()).value();
        String labels = "workload=\"" + test.id() + "\"";
        String sample = Formats.isLatency(metric)
                ? line(
                        prom,
                        "_seconds{run=\"lab\"," + labels + ",module=\"" + test.module() + "\",variant=\""
                                + test.variant() + "\",quantile=\"0.5\"}")
                : prom.lines()
                        .filter(l -> l.contains(labels)
                                && l.startsWith("benchctl_" + metric.name())
                                && !l.contains("thread="))
                        .findFirst()
                        .orElseThrow();
        double exported = Double.parseDouble(sample.substring(sample.lastIndexOf(' ') + 1));
        return Formats.withUnit(exported / perUnit, metric.unit());
    }

    private List<WorkloadResult> okTests() {
        return result.tests().stream()
                .filter(t -> t.status() == WorkloadStatus.OK)
                .toList();
    }

    private static String line(String text, String containing) {
        return text.lines()
                .filter(l -> l.contains(containing))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no line with " + containing));
    }

    private static double number(String text, String after) {
        int start = text.indexOf(after) + after.length();
        int end = start;
        while (end < text.length() && "-0123456789.eE".indexOf(text.charAt(end)) >= 0) {
            end++;
        }
        return Double.parseDouble(text.substring(start, end));
    }
}
