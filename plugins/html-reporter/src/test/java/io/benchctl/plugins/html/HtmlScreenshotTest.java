package io.benchctl.plugins.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import io.benchctl.api.report.WarningGroups;
import io.benchctl.api.result.RunResult;
import io.benchctl.runtime.result.ResultCodec;
import io.benchctl.testkit.reporter.FolderReportContext;
import io.benchctl.testkit.reporter.HeadlessChromium;
import io.benchctl.testkit.reporter.HeadlessChromium.Box;
import io.benchctl.testkit.reporter.SampleRun;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page as headless Chromium lays it out and draws it. Debian's chromium is installed by
 * {@code scripts/install-test-deps.sh}; without it these tests skip, except under {@code CI=true}
 * as root, where they fail. Screenshots are copied to {@code target/} for a person to look at.
 */
class HtmlScreenshotTest {

    /** One screen of a laptop browser, in CSS pixels. */
    private static final int SCREEN_WIDTH = 1000;

    private static final int SCREEN_HEIGHT = 900;
    private static final int BAR_RGB = 0x4f7fd9;
    private static final int SPECTRUM_RGB = 0xc2410c;

    /**
     * Recorded from a real run, not written by hand: {@code ./benchctl} (profiles/default.toml,
     * 3 iterations) on this project's 2-core build machine while other builds kept it busy (load
     * average about 11), the result file copied unchanged. Its warnings (noisy-host on many
     * metrics, ci-min-max on every workload, socket-buffers) are the ones that machine raised.
     */
    private static final String BUSY_RUN = "busy-default-run.json";

    @TempDir
    Path folder;

    private HeadlessChromium chromium;

    @BeforeEach
    void findChromium() {
        chromium = HeadlessChromium.find().orElse(null);
        if (chromium == null) {
            if (HeadlessChromium.required()) {
                fail("CI runs as root, where the test setup installs chromium: " + HeadlessChromium.missingReason());
            }
            abort(HeadlessChromium.missingReason() + ": screenshot tests skipped");
        }
    }

    @Test
    void chromiumDrawsTheBarsAndTheSpectra() throws Exception {
        Path page = render(SampleRun.result());
        Path screenshot = folder.resolve("page.png");
        chromium.screenshot(page, SCREEN_WIDTH, 2600, screenshot, folder);
        BufferedImage image = ImageIO.read(screenshot.toFile());
        assertEquals(SCREEN_WIDTH, image.getWidth());
        assertTrue(pixels(image, BAR_RGB) > 2000, "bars drawn in their colour");
        assertTrue(pixels(image, SPECTRUM_RGB) > 300, "spectrum lines drawn in their colour");
        keep(screenshot, "html-report-screenshot.png");
    }

    @Test
    void aBusyRunOpensWithOneSummaryLineAndItsFirstChartOnTheFirstScreen() throws Exception {
        RunResult busy = busyRun();
        WarningGroups.Tally tally = WarningGroups.tally(busy);
        int warnings = busy.tests().stream().mapToInt(t -> t.warnings().size()).sum();
        assertTrue(warnings >= 20 && tally.workloads().size() >= 7, "the recording is of a busy run: " + warnings);
        Path page = render(busy);
        List<Box> boxes = chromium.layout(
                page,
                SCREEN_WIDTH,
                List.of("#warnings-summary", "svg.chart", "table", "body > *", "ul.warnings > li", "h2"),
                folder);

        Box summary = first(boxes, "#warnings-summary");
        Box chart = first(boxes, "svg.chart");
        Box firstModule = first(boxes, "h2");
        assertTrue(summary.visible() && summary.top() < chart.top(), "the summary line comes first: " + summary);
        assertTrue(chart.visible() && chart.top() + 40 < SCREEN_HEIGHT, "first chart on the first screen: " + chart);
        assertTrue(first(boxes, "table").top() > chart.top(), "a chart is the first result");
        List<Box> beforeResults = boxes.stream()
                .filter(b -> b.selector().equals("body > *") && b.visible() && b.top() < firstModule.top())
                .toList();
        assertEquals(3, beforeResults.size(), "heading, run line and warning summary only: " + beforeResults);
        assertTrue(summary.height() < 120, "the summary is a line or two, not a wall: " + summary);
        long warningLines = boxes.stream()
                .filter(b -> b.selector().equals("ul.warnings > li") && b.visible())
                .count();
        assertEquals(tally.groups(), warningLines, "one visible line per workload and warning code");
        assertTrue(warningLines < warnings, "grouped: " + warningLines + " lines for " + warnings + " warnings");

        Path screenshot = folder.resolve("busy.png");
        chromium.screenshot(page, SCREEN_WIDTH, SCREEN_HEIGHT, screenshot, folder);
        assertTrue(pixels(ImageIO.read(screenshot.toFile()), BAR_RGB) > 500, "bars on the first screen");
        keep(screenshot, "html-report-busy-first-screen.png");
        System.out.println("busy run: first chart at " + chart.top() + " px, summary at " + summary.top() + " px, "
                + warnings + " warnings in " + warningLines + " lines");
    }

    private Path render(RunResult result) throws Exception {
        new HtmlReporter().write(result, FolderReportContext.in(folder, new PrintStream(new ByteArrayOutputStream())));
        return folder.resolve(result.runId() + ".html");
    }

    static RunResult busyRun() throws Exception {
        try (InputStream in = HtmlScreenshotTest.class.getResourceAsStream(BUSY_RUN)) {
            return ResultCodec.mapper().readValue(in, RunResult.class);
        }
    }

    private static Box first(List<Box> boxes, String selector) {
        return boxes.stream()
                .filter(b -> b.selector().equals(selector))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + selector + " on the page"));
    }

    private static void keep(Path screenshot, String name) throws Exception {
        Files.createDirectories(Path.of("target"));
        Files.copy(screenshot, Path.of("target", name), StandardCopyOption.REPLACE_EXISTING);
    }

    private static int pixels(BufferedImage image, int rgb) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                count += (image.getRGB(x, y) & 0xffffff) == rgb ? 1 : 0;
            }
        }
        return count;
    }
}
