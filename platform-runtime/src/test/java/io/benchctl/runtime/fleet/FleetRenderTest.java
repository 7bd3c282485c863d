package io.benchctl.runtime.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.benchctl.api.result.RunResult;
import io.benchctl.runtime.baseline.SchemaCheck;
import io.benchctl.runtime.result.ResultCodec;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
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

/** The renderings of one fleet with every section: outlier, groups, network, not comparable. */
class FleetRenderTest {

    @TempDir
    Path dir;

    private FleetReport report;

    /**
     * Six hosts in a ring, each running the profile against the next one's peer (node-6 against
     * node-1 across a slower link), node-1 also against node-3; node-4 is 30 % slower; a seventh
     * host ran another profile.
     */
    static List<RunResult> everySection(FleetRuns runs) {
        List<RunResult> results = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            String peer = "node-" + (i % 6 + 1);
            results.add(runs.hostWithPeer(
                    "node-" + i, i == 4 ? 1.3 : 1, peer, i == 6 ? 4 : 9.4, i == 6 ? 180_000 : 40_000));
        }
        results.add(runs.hostWithPeer("node-1", 1, "node-3", 9.2, 42_000));
        results.add(runs.profileIterations(10).host("node-7", 1));
        return results;
    }

    @BeforeEach
    void analyse() throws Exception {
        Path results = Files.createDirectories(dir.resolve("results"));
        for (RunResult run : everySection(new FleetRuns(21))) {
            FleetRuns.write(results, run.runId() + ".json", run);
        }
        Files.writeString(results.resolve("notes.json"), "{\"hello\": 1}");
        report = FleetAnalysis.analyse(FleetInputs.read(List.of(results)), new OutlierRule(3, 0.01));
    }

    @Test
    void theJsonFollowsTheFleetSchema() {
        String json = ResultCodec.mapper().writeValueAsString(report);

        SchemaCheck.assertValid("fleet.schema.json", json);
        assertTrue(json.contains("\"notComparable\""), json);
        assertTrue(json.contains("\"outlier\" : true"), json);
        assertEquals(1, report.skipped().size(), report.skipped().toString());
        assertTrue(
                report.skipped().getFirst().reason().contains("not a benchctl result"),
                report.skipped().toString());
    }

    @Test
    void theHtmlIsWellFormedWithAHeatmapAndTheOutlierMarked() throws Exception {
        String html = FleetHtml.render(report);

        Document document = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        var xpath = XPathFactory.newInstance().newXPath();
        NodeList heatmapCells =
                (NodeList) xpath.evaluate("//table[@class='heatmap']//td[@style]", document, XPathConstants.NODESET);
        assertEquals(14, heatmapCells.getLength(), "7 pair runs, throughput and round trip");
        NodeList outlierRows =
                (NodeList) xpath.evaluate("//tr[@class='outlier']/td[1]", document, XPathConstants.NODESET);
        assertEquals(4, outlierRows.getLength(), "node-4 on four metrics");
        for (int i = 0; i < outlierRows.getLength(); i++) {
            assertEquals("node-4", outlierRows.item(i).getTextContent());
        }
        assertEquals("Not comparable (kept apart)", xpath.evaluate("//h2[@id='not-comparable']", document));
        NodeList hostRows = (NodeList) xpath.evaluate(
                "//h2[@id='hosts']/following-sibling::table[1]//tr[td]", document, XPathConstants.NODESET);
        assertEquals(report.hosts().size(), hostRows.getLength(), "a row per merged host");
        assertEquals(report.hosts().getFirst().id(), xpath.evaluate("string(td[1])", hostRows.item(0)));
        assertTrue(
                xpath.evaluate("//table[@class='heatmap']//td[contains(., 'Gbit/s')][1]/@style", document)
                        .startsWith("background:hsl("),
                html);
    }

    @Test
    void markdownAndTextNameTheSameOutlierAndMatrix() {
        String markdown = FleetMarkdown.render(report);
        String text = FleetText.render(report);

        assertTrue(markdown.contains("## Outlier hosts\n\n- **node-4 on "), markdown);
        assertTrue(markdown.contains("| node-4 | g1 |"), markdown);
        assertTrue(markdown.contains("## Network matrix"), markdown);
        assertTrue(text.contains("network network/throughput/upload/1-stream throughput (row: host that ran"), text);
        assertTrue(text.contains("  node-7 ("), text);
    }
}
