package io.benchctl.runtime.cli;

import static io.benchctl.runtime.cli.HistoryCheckCommandTest.LATENCY_FLAT;
import static io.benchctl.runtime.cli.HistoryCheckCommandTest.OPS_STEP;
import static io.benchctl.runtime.cli.HistoryCheckCommandTest.cli;
import static io.benchctl.runtime.cli.SyntheticRuns.runId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.benchctl.runtime.cli.HistoryCheckCommandTest.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * {@code benchctl history trend} on a real SQLite file: 40 runs of two series, the first with a
 * 15 % step down at run 31, recorded under a host id that needs escaping in HTML.
 */
class HistoryTrendCommandTest {

    static final String HOST = "lab<1>&\"x\"";

    @TempDir
    Path folder;

    Path db;

    @BeforeEach
    void importRuns() throws IOException {
        db = folder.resolve("history.db");
        List<String> args =
                new ArrayList<>(List.of("history", "import", "--history", db.toString(), "--host-id", HOST));
        SyntheticRuns.write(folder, OPS_STEP, LATENCY_FLAT).forEach(file -> args.add(file.toString()));
        assertEquals(0, cli(args.toArray(String[]::new)).exitCode());
    }

    Cli trend(String... options) {
        List<String> args = new ArrayList<>(List.of("history", "trend", "--history", db.toString()));
        args.addAll(List.of(options));
        return cli(args.toArray(String[]::new));
    }

    @Test
    void textIsASparklineWithAMarkerUnderTheChangeAndTheChangeLine() {
        Cli trend = trend();
        assertEquals(0, trend.exitCode(), trend.err());
        List<String> lines = trend.out().lines().toList();
        assertEquals(HOST + " cpu/int/t1 ops_per_second (ops/s, 40 runs)", lines.get(0));
        String sparkline = lines.get(1).substring(2);
        assertEquals(40, sparkline.length(), sparkline);
        assertTrue(sparkline.substring(30).chars().allMatch(c -> c <= '▂'), "the last 10 runs are low: " + sparkline);
        assertEquals("  " + " ".repeat(30) + "^", lines.get(2));
        assertTrue(
                lines.get(3).startsWith("  run 31 of 40 (" + runId(30) + ", 2026-11-01T08:30:00Z): -1"), lines.get(3));
        assertTrue(lines.get(3).endsWith(" %, regression"), lines.get(3));
        assertEquals(HOST + " memory/latency load_latency (ns, 40 runs)", lines.get(4));
        assertEquals(6, lines.size(), "no marker or change line for the flat series: " + trend.out());
    }

    @Test
    void lastKeepsTheNewestRunsAndTheChangesAmongThem() {
        List<String> lines =
                trend("--last", "15", "--metric", "ops_*").out().lines().toList();
        assertEquals(HOST + " cpu/int/t1 ops_per_second (ops/s, 15 runs)", lines.get(0));
        assertEquals(17, lines.get(1).length());
        assertEquals("  " + " ".repeat(5) + "^", lines.get(2));
        assertTrue(lines.get(3).startsWith("  run 6 of 15 (" + runId(30) + ", "), lines.get(3));

        List<String> older =
                trend("--last", "8", "--metric", "ops_*").out().lines().toList();
        assertEquals(2, older.size(), "the change is older than the newest 8 runs: " + older);
        assertEquals(2, trend("--last", "0").exitCode());
    }

    @Test
    void markdownPutsTheSparklineInACodeBlock() {
        Cli trend = trend("--format", "markdown", "--metric", "cpu/*");
        assertEquals(0, trend.exitCode(), trend.err());
        List<String> lines = trend.out().lines().toList();
        assertEquals("#### " + HOST + " cpu/int/t1 ops_per_second (ops/s, 40 runs)", lines.get(0));
        assertEquals("```text", lines.get(2));
        assertEquals(40, lines.get(3).length());
        assertEquals(" ".repeat(30) + "^", lines.get(4));
        assertEquals("```", lines.get(5));
        assertTrue(lines.get(7).startsWith("- run 31 of 40 (" + runId(30) + ", "), lines.get(7));
    }

    @Test
    void htmlIsOneEscapedChartPerSeriesWithItsBand() throws Exception {
        Path page = folder.resolve("trend.html");
        Cli trend = trend("--format", "html", "--out", page.toString());
        assertEquals(0, trend.exitCode(), trend.err());
        assertEquals("wrote 2 series to " + page, trend.err().strip());
        String html = Files.readString(page);
        assertTrue(html.startsWith("<!DOCTYPE html>"), html);
        assertTrue(html.contains("lab&lt;1&gt;&amp;&quot;x&quot; cpu/int/t1"), "escaped label");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(page.toFile());
        assertEquals(2, count(document, "//*[local-name()='svg']"));
        assertEquals(2, count(document, "//*[local-name()='path' and @class='ci']"), "a band from each run's CI");
        assertEquals(1, count(document, "//*[local-name()='g' and @class='change regression']"));
        assertEquals(80, count(document, "//*[local-name()='circle']"));
        String title = XPathFactory.newInstance()
                .newXPath()
                .evaluate("//*[local-name()='svg'][1]/*[local-name()='title']", document);
        assertEquals(HOST + " cpu/int/t1 ops_per_second", title);
    }

    @Test
    void outNeverReplacesAFileUnasked() throws IOException {
        Path page = Files.writeString(folder.resolve("trend.txt"), "keep me");
        Cli refused = trend("--out", page.toString());
        assertEquals(2, refused.exitCode());
        assertEquals(
                "benchctl: " + page + " exists; add --force to replace it",
                refused.err().strip());
        assertEquals("keep me", Files.readString(page));
        assertEquals(0, trend("--out", page.toString(), "--force").exitCode());
        assertTrue(Files.readString(page).startsWith(HOST + " cpu/int/t1 ops_per_second"));
    }

    private static int count(Document document, String xpath) throws Exception {
        return ((NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, document, XPathConstants.NODESET))
                .getLength();
    }
}
