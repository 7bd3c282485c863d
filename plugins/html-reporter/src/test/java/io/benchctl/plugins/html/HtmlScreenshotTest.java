package io.benchctl.plugins.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.benchctl.testkit.reporter.FolderReportContext;
import io.benchctl.testkit.reporter.SampleRun;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Renders the page in headless Chromium where it is installed; skipped elsewhere. */
class HtmlScreenshotTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final int BAR_RGB = 0x4f7fd9;
    private static final int SPECTRUM_RGB = 0xc2410c;

    @TempDir
    Path folder;

    @Test
    void chromiumDrawsTheBarsAndTheSpectra() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "no " + CHROMIUM + ": screenshot test skipped");
        new HtmlReporter()
                .write(
                        SampleRun.result(),
                        FolderReportContext.in(folder, new PrintStream(new ByteArrayOutputStream())));
        Path page = folder.resolve(SampleRun.RUN_ID + ".html");
        Path screenshot = folder.resolve("page.png");
        Path profile = Files.createDirectory(folder.resolve("chromium-profile"));
        Process chromium = new ProcessBuilder(List.of(
                        CHROMIUM.toString(),
                        "--headless",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--hide-scrollbars",
                        "--user-data-dir=" + profile,
                        "--window-size=1000,2600",
                        "--screenshot=" + screenshot,
                        page.toUri().toString()))
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("chromium.log").toFile())
                .start();
        boolean finished = chromium.waitFor(90, TimeUnit.SECONDS);
        if (!finished) {
            chromium.destroyForcibly().waitFor();
        }
        assertTrue(finished, "chromium did not finish in 90 s");
        assertEquals(0, chromium.exitValue(), () -> log(folder));
        BufferedImage image = ImageIO.read(screenshot.toFile());
        assertEquals(1000, image.getWidth());
        assertTrue(pixels(image, BAR_RGB) > 2000, "bars drawn in their colour");
        assertTrue(pixels(image, SPECTRUM_RGB) > 300, "spectrum lines drawn in their colour");
        Files.createDirectories(Path.of("target"));
        Files.copy(screenshot, Path.of("target", "html-report-screenshot.png"), StandardCopyOption.REPLACE_EXISTING);
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

    private static String log(Path folder) {
        try {
            return Files.readString(folder.resolve("chromium.log"));
        } catch (java.io.IOException e) {
            return "no chromium log";
        }
    }
}
