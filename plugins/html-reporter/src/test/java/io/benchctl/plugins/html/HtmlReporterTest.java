package io.benchctl.plugins.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.benchctl.api.report.Formats;
import io.benchctl.api.result.MetricResult;
import io.benchctl.api.result.RunResult;
import io.benchctl.testkit.reporter.FolderReportContext;
import io.benchctl.testkit.reporter.SampleRun;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class HtmlReporterTest {

    @TempDir
    Path folder;

    private final RunResult result = SampleRun.result();
    private String html;
    private Document document;

    @BeforeEach
    void render() throws Exception {
        new HtmlReporter().write(result, FolderReportContext.in(folder, new PrintStream(new ByteArrayOutputStream())));
        html = Files.readString(folder.resolve(SampleRun.RUN_ID + ".html"));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        document = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(html.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void isWellFormedAndSelfContained() {
        assertEquals("html", document.getDocumentElement().getTagName());
        assertEquals(0, document.getElementsByTagName("script").getLength());
        for (String fetch : List.of("src=", "url(", "@import", "<link", "<img")) {
            assertFalse(html.contains(fetch), fetch);
        }
        NodeList links = document.getElementsByTagName("a");
        for (int i = 0; i < links.getLength(); i++) {
            String target = ((Element) links.item(i)).getAttribute("href");
            assertTrue(target.startsWith("#"), "only links within the page: " + target);
            assertEquals(1, countById(target.substring(1)), "one element with id " + target);
        }
    }

    @Test
    void drawsABarChartPerMetricWithWhiskersAndASpectrumPerLatency() {
        NodeList svgs = document.getElementsByTagName("svg");
        // cpu: ops/s, MB/s; memory: MB/s; disk: MiB/s, ops/s, ns; syscall: ns -> 7 bar charts; 2 spectra
        assertEquals(7 + 2, svgs.getLength());
        assertEquals(2, document.getElementsByTagName("polyline").getLength());
        long whiskers = result.tests().stream()
                .flatMap(t -> Formats.aggregates(t).stream())
                .count();
        assertEquals(whiskers, countByClass("path", "whisker"));
        assertTrue(html.contains("12.81 GB/s ±3.79"), "the triad bar carries its formatted figure");
    }

    @Test
    void theSpectrumDecodesTheRealHistogramAndRisesWithThePercentile() throws Exception {
        MetricResult roundTrip = result.tests().stream()
                .filter(t -> t.id().equals("syscall/pipe/1B"))
                .findFirst()
                .orElseThrow()
                .metrics()
                .getFirst();
        Histogram decoded = PercentileSpectrum.decode(roundTrip.histogram());
        assertEquals(roundTrip.stats().p99(), decoded.getValueAtPercentile(99));
        assertEquals(roundTrip.stats().n(), decoded.getTotalCount());
        Element line = (Element) document.getElementsByTagName("polyline").item(1);
        double previousX = -1;
        double previousY = Double.MAX_VALUE;
        for (String point : line.getAttribute("points").trim().split(" ")) {
            double x = Double.parseDouble(point.split(",")[0]);
            double y = Double.parseDouble(point.split(",")[1]);
            assertTrue(x >= previousX && y <= previousY, "latency never falls as the percentile rises: " + point);
            previousX = x;
            previousY = y;
        }
        assertTrue(html.contains("p99 " + Formats.p99(roundTrip)));
    }

    @Test
    void showsHostWarningsAndFailures() {
        assertTrue(html.contains("<h2>Host</h2>\n<table><tr><th>id</th><td>lab-node-1</td></tr>"), html);
        assertTrue(html.contains("<tr><th>cpu.model</th><td>AMD EPYC 7B13</td></tr>"));
        assertTrue(
                html.contains("disk/rand-write/4KiB</strong> failed in run (<code>exception</code>): No space left"));
        assertTrue(html.contains("network/tcp/peer</strong> skipped in init"));
    }

    @Test
    void warningsAreOneSummaryLineAtTheTopAndOneLinePerCodeUnderTheirWorkloadsRows() {
        String summary = "<p class=\"warnings-summary\" id=\"warnings-summary\">2 warnings on 2 workloads: "
                + "noisy-host ×1, direct-io-fallback ×1 — memory: <a href=\"#warnings-memory-triad-1GiB-stride1\">"
                + "triad/1GiB/stride1</a>; disk: <a href=\"#warnings-disk-seq-read-1MiB\">seq-read/1MiB</a>. "
                + "<a href=\"#failures\">2 workloads failed or skipped</a>.</p>\n<h2>";
        assertTrue(html.contains(summary), html);
        String rows = html.replace("<tr", "\n<tr");
        assertTrue(rows.contains("<td><code>seq-read/1MiB</code></td><td>bandwidth</td>"));
        String below = rows.substring(rows.indexOf("<td><code>seq-read/1MiB</code></td><td>bandwidth</td>"));
        assertTrue(
                below.startsWith("<td><code>seq-read/1MiB</code></td><td>bandwidth</td>", 0)
                        && below.split("\n")[1].startsWith("<tr class=\"warnings\" id=\"warnings-disk-seq-read-1MiB\">"
                                + "<td colspan=\"7\"><ul class=\"warnings\"><li><code>direct-io-fallback</code> on "
                                + "<strong>seq-read/1MiB</strong>: <span class=\"why\">direct I/O unsupported on tmpfs: "
                                + "buffered fallback</span></li></ul></td></tr>"),
                below);
        assertTrue(html.indexOf("<h2 id=\"failures\">") > html.lastIndexOf("<svg"), "failures after the results");
    }

    @Test
    void aBrokenHistogramIsReportedInsteadOfFailingThePage() throws Exception {
        assertEquals(1, PercentileSpectrum.niceCeiling(0.7), 1e-12);
        assertEquals(500, PercentileSpectrum.niceCeiling(208));
        assertEquals(
                List.of("0%", "90%", "99%", "99.9%", "99.999%"),
                List.of(
                        PercentileSpectrum.percentLabel(0),
                        PercentileSpectrum.percentLabel(1),
                        PercentileSpectrum.percentLabel(2),
                        PercentileSpectrum.percentLabel(3),
                        PercentileSpectrum.percentLabel(5)));
        var test = result.tests().get(6);
        var metric = test.metrics().getFirst();
        var broken = new MetricResult(
                metric.name(),
                metric.unit(),
                metric.better(),
                null,
                metric.value(),
                metric.best(),
                metric.samples(),
                metric.stats(),
                "bm90IGEgaGlzdG9ncmFt");
        var brokenTest = new io.benchctl.api.result.WorkloadResult(
                test.id(),
                test.module(),
                test.variant(),
                test.status(),
                null,
                List.of(),
                List.of(broken),
                List.of(),
                test.startedAt(),
                test.finishedAt());
        var brokenRun = new RunResult(
                result.schemaVersion(),
                result.runId(),
                result.name(),
                result.status(),
                result.startedAt(),
                result.finishedAt(),
                result.benchctl(),
                result.host(),
                result.profile(),
                List.of(brokenTest));
        assertTrue(HtmlDocument.render(brokenRun).contains("The histogram could not be read"));
    }

    private int countById(String id) {
        NodeList all = document.getElementsByTagName("*");
        int count = 0;
        for (int i = 0; i < all.getLength(); i++) {
            count += ((Element) all.item(i)).getAttribute("id").equals(id) ? 1 : 0;
        }
        return count;
    }

    private int countByClass(String tag, String cssClass) {
        NodeList nodes = document.getElementsByTagName(tag);
        int count = 0;
        for (int i = 0; i < nodes.getLength(); i++) {
            count += ((Element) nodes.item(i)).getAttribute("class").equals(cssClass) ? 1 : 0;
        }
        return count;
    }
}
