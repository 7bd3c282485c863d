package io.benchctl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import io.benchctl.testkit.reporter.HeadlessChromium;
import io.benchctl.testkit.reporter.HeadlessChromium.Box;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code benchctl fleet report --format html} as a reader sees it in headless Chromium: a fleet
 * of three hosts made of real runs of the launcher (each with its own {@code --host-id}, each
 * measuring the network against a real {@code benchctl peer} on loopback), the page laid out by
 * the browser, and the host table and the network heatmap found drawn, with a row per host.
 */
@Tag("slow")
class FleetHtmlInBrowserTest {

    private static final List<String> HOSTS = List.of("p-report-h1", "p-report-h2", "p-report-h3");

    @TempDir
    Path folder;

    @Test
    void theFleetPageShowsTheHostTableAndTheNetworkMatrix() throws Exception {
        HeadlessChromium chromium = HeadlessChromium.find().orElse(null);
        if (chromium == null) {
            if (HeadlessChromium.required()) {
                fail("CI runs as root, where the test setup installs chromium: " + HeadlessChromium.missingReason());
            }
            abort(HeadlessChromium.missingReason() + ": fleet page test skipped");
        }
        Path results = Files.createDirectories(folder.resolve("results"));
        try (PeerProcess peer = PeerProcess.start()) {
            Path token = peer.tokenFile();
            Path profile = Files.writeString(folder.resolve("fleet.toml"), """
                    [run]
                    name = "fleet"
                    warmup = "20ms"
                    duration = "100ms"
                    cooldown = "10ms"
                    iterations = 3
                    reporters = ["json"]

                    [modules.cpu]
                    kernels = ["int"]

                    [modules.network]
                    mode = "peer"
                    peer = "127.0.0.1:%d"
                    token_file = "%s"
                    streams = [1]
                    message_bytes = [1]
                    workloads = ["throughput", "rtt"]
                    """.formatted(peer.port(), token));
            for (String host : HOSTS) {
                run(
                        host,
                        "run",
                        "--profile",
                        profile.toString(),
                        "--output",
                        results.toString(),
                        "--host-id",
                        host,
                        "--no-tui",
                        "--no-affinity",
                        "--modules",
                        "cpu,network");
            }
        }
        Path page = folder.resolve("fleet.html");
        run("fleet", "fleet", "report", results.toString(), "--format", "html", "--out", page.toString());

        List<Box> boxes = chromium.layout(
                page,
                1200,
                List.of("#hosts + table", "#hosts + table tr", "#network", "table.heatmap", "table.heatmap tr"),
                folder);
        Box hostTable = first(boxes, "#hosts + table");
        Box heatmap = first(boxes, "table.heatmap");
        assertTrue(hostTable.visible() && hostTable.height() > 40, "host table drawn: " + hostTable);
        assertTrue(heatmap.visible() && heatmap.width() > 100, "network heatmap drawn: " + heatmap);
        assertEquals(1 + HOSTS.size(), count(boxes, "#hosts + table tr"), "a header and a row per host");
        assertTrue(count(boxes, "table.heatmap tr") >= 1 + HOSTS.size(), "a heatmap row per host that ran");
        String html = Files.readString(page);
        HOSTS.forEach(host -> assertTrue(html.contains("<td>" + host + "</td>"), host + " in the host table"));

        Path screenshot = folder.resolve("fleet.png");
        chromium.screenshot(page, 1200, heatmap.top() + heatmap.height() + 40, screenshot, folder);
        Files.createDirectories(Path.of("target"));
        Files.copy(screenshot, Path.of("target", "fleet-report-screenshot.png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** The launcher as a real process, in a folder of its own; fails with its stderr on a non-zero exit. */
    private void run(String name, String... args) throws Exception {
        Path dir = Files.createDirectories(folder.resolve("run-" + name));
        Process process = Fixtures.launch(dir, Map.of(), args);
        if (!process.waitFor(240, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            fail(name + " did not finish in 240 s: " + Fixtures.stderr(dir));
        }
        assertEquals(0, process.exitValue(), () -> name + ": " + stderrOf(dir));
    }

    private static String stderrOf(Path dir) {
        try {
            return Fixtures.stderr(dir) + Files.readString(dir.resolve("stdout.txt"));
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }

    private static Box first(List<Box> boxes, String selector) {
        return boxes.stream()
                .filter(b -> b.selector().equals(selector))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + selector + " on the page"));
    }

    private static long count(List<Box> boxes, String selector) {
        return boxes.stream()
                .filter(b -> b.selector().equals(selector) && b.visible())
                .count();
    }
}
