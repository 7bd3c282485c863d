package io.benchctl.history.trend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.benchctl.api.Better;
import io.benchctl.api.report.Formats;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class TrendRenderingTest {

    /** Ten runs at 100, then five at 52: the CPU-hog case, a regression for ops/s. */
    private static TrendSeries halved(Better better, boolean withCi) {
        List<TrendSeries.Point> points = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            double median = i < 10 ? 100 + (i % 3) : 52 + (i % 2);
            points.add(new TrendSeries.Point(
                    "run-" + i,
                    "2026-12-07T10:" + (10 + i) + ":00Z",
                    median,
                    withCi ? median * 0.98 : Double.NaN,
                    withCi ? median * 1.02 : Double.NaN));
        }
        return new TrendSeries("node-1 cpu/int/t2 ops_per_second <&>", "ops/s", better, points, List.of(10));
    }

    @Test
    void aSparklineSpansTheSeriesOwnRangeAndMarksTheChangePoint() {
        TrendSeries series = halved(Better.HIGHER, true);
        String line = Sparkline.line(series, 60);
        assertEquals(15, line.length());
        assertTrue(line.startsWith("▇") || line.startsWith("█"), line);
        assertEquals('▁', line.charAt(10), line);
        assertEquals(" ".repeat(10) + "^", Sparkline.markers(series, 60));
    }

    @Test
    void aSparklineKeepsTheNewestPointsAndTheirMarkers() {
        TrendSeries series = halved(Better.HIGHER, true);
        assertEquals(6, Sparkline.line(series, 6).length());
        assertEquals(" ^", Sparkline.markers(series, 6));
        assertEquals("", Sparkline.markers(series, 4), "the change point is older than the newest 4 runs");
        assertThrows(IllegalArgumentException.class, () -> Sparkline.line(series, 0));
    }

    @Test
    void aFlatSeriesIsOneMiddleRow() {
        List<TrendSeries.Point> points = List.of(
                new TrendSeries.Point("a", "t0", 5, Double.NaN, Double.NaN),
                new TrendSeries.Point("b", "t1", 5, Double.NaN, Double.NaN));
        assertEquals("▄▄", Sparkline.line(new TrendSeries("x", "s", Better.LOWER, points, List.of()), 10));
    }

    @Test
    void changesNameTheRunTheSizeAndTheDirection() {
        List<String> higherIsBetter = Sparkline.changes(halved(Better.HIGHER, true));
        assertEquals(1, higherIsBetter.size());
        assertTrue(higherIsBetter.getFirst().startsWith("run 11 of 15 (run-10, "), higherIsBetter.getFirst());
        assertTrue(higherIsBetter.getFirst().contains(": -48.1 %"), higherIsBetter.getFirst());
        assertTrue(higherIsBetter.getFirst().endsWith("regression"), higherIsBetter.getFirst());
        assertTrue(Sparkline.changes(halved(Better.LOWER, true)).getFirst().endsWith("improvement"));
    }

    @Test
    void theSvgIsWellFormedWithItsBandLineAndARedChangePoint() throws Exception {
        Document svg = parse(TrendSvg.render(halved(Better.HIGHER, true)));
        assertEquals("svg", svg.getDocumentElement().getNodeName());
        assertEquals(1, count(svg, "//*[local-name()='path' and @class='ci']"));
        assertEquals(1, count(svg, "//*[local-name()='path' and @class='median']"));
        assertEquals(15, count(svg, "//*[local-name()='circle']"));
        assertEquals(1, count(svg, "//*[local-name()='g' and @class='change regression']"));
        String title = XPathFactory.newInstance().newXPath().evaluate("//*[local-name()='title']", svg);
        assertEquals("node-1 cpu/int/t2 ops_per_second <&>", title, "the label is escaped, not dropped");
    }

    @Test
    void withoutIntervalsThereIsNoBandAndAnImprovementIsGreen() throws Exception {
        Document svg = parse(TrendSvg.render(halved(Better.LOWER, false)));
        assertEquals(0, count(svg, "//*[local-name()='path' and @class='ci']"));
        assertEquals(1, count(svg, "//*[local-name()='g' and @class='change improvement']"));
    }

    @Test
    void theTicksAreTheSeriesOwnLowestAndHighestFigures() throws Exception {
        Document svg = parse(TrendSvg.render(halved(Better.HIGHER, true)));
        NodeList ticks = (NodeList) XPathFactory.newInstance()
                .newXPath()
                .evaluate("//*[local-name()='text' and @class='tick y']", svg, XPathConstants.NODESET);
        assertEquals(2, ticks.getLength());
        assertEquals(Formats.number(52 * 0.98), ticks.item(0).getTextContent(), "the lowest CI bound");
        assertEquals(Formats.number(102 * 1.02), ticks.item(1).getTextContent(), "the highest CI bound");
    }

    @Test
    void aPageIsOneChartPerSeriesWithItsChangesAndEscapedText() throws Exception {
        String page =
                TrendPage.render("runs <&> more", List.of(halved(Better.HIGHER, true), halved(Better.LOWER, false)));
        assertTrue(page.startsWith("<!DOCTYPE html>\n"), page);
        Document html = parse(page);
        assertEquals(2, count(html, "//*[local-name()='svg']"));
        assertEquals(1, count(html, "//*[local-name()='li' and @class='regression']"));
        assertEquals(1, count(html, "//*[local-name()='li' and @class='improvement']"));
        String source = XPathFactory.newInstance().newXPath().evaluate("//*[local-name()='p']", html);
        assertTrue(source.startsWith("runs <&> more: 2 series."), source);
        assertEquals(0, count(html, "//*[local-name()='script']"), "self-contained, no scripts");
    }

    @Test
    void aChangePointOutsideTheSeriesIsRefused() {
        List<TrendSeries.Point> one = List.of(new TrendSeries.Point("a", "t", 1, Double.NaN, Double.NaN));
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> new TrendSeries("x", "s", Better.HIGHER, one, List.of(1)));
        assertTrue(e.getMessage().contains("outside the series of 1 points"), e.getMessage());
        assertFalse(TrendSvg.render(new TrendSeries("x", "s", Better.HIGHER, one, List.of()))
                .isEmpty());
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static int count(Document document, String xpath) throws Exception {
        return ((NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, document, XPathConstants.NODESET))
                .getLength();
    }
}
