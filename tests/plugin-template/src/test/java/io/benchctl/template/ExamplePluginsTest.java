package io.benchctl.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.benchctl.api.report.Formats;
import io.benchctl.api.result.RunResult;
import io.benchctl.api.result.WorkloadResult;
import io.benchctl.api.result.WorkloadStatus;
import io.benchctl.runtime.result.ResultCodec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import oshi.SystemInfo;

/** The example plugins as benchctl loads them: real JARs in a plugins folder, through PF4J. */
class ExamplePluginsTest {

    @Test
    void theGpuModuleAndTheSummaryReporterLoadAndRun(@TempDir Path work) throws IOException {
        String version = System.getProperty("benchctl.e2e.version");
        Path artifacts = Path.of(System.getProperty("benchctl.e2e.artifacts"));
        Path plugins = Files.createDirectories(work.resolve("plugins"));
        for (String artifactId :
                List.of("benchctl-example-gpu", "benchctl-example-summary-reporter", "benchctl-plugin-json-reporter")) {
            Files.copy(artifacts.resolve(artifactId + "-" + version + ".jar"), plugins.resolve(artifactId + ".jar"));
        }

        Cli.Result list = Cli.run("list", "--plugins-dir", plugins.toString());
        assertEquals(0, list.exitCode(), list.all());
        assertTrue(
                list.out().lines().anyMatch(l -> l.strip().startsWith("gpu ") && l.contains("example-gpu")),
                list.all());
        assertTrue(
                list.out()
                        .lines()
                        .anyMatch(l -> l.strip().startsWith("summary ") && l.contains("example-summary-reporter")),
                list.all());
        assertFalse(list.out().contains("Plugins not loaded"), list.all());

        Path output = work.resolve("results");
        Path profile = Files.writeString(work.resolve("gpu.toml"), """
                [run]
                name = "examples"
                warmup = "0s"
                duration = "10ms"
                cooldown = "0s"
                iterations = 2

                [modules.gpu]
                """);
        Cli.Result run = Cli.run(
                "run",
                "--plugins-dir",
                plugins.toString(),
                "--profile",
                profile.toString(),
                "--modules",
                "gpu",
                "--reporters",
                "json,summary",
                "--output",
                output.toString(),
                "--no-tui");
        assertEquals(0, run.exitCode(), run.all());

        RunResult result = ResultCodec.read(output.resolve("latest.json"));
        WorkloadResult gpu = result.tests().getFirst();
        // OSHI reports a placeholder card named "unknown" where lspci is missing: not a GPU.
        long gpusOnThisHost = new SystemInfo()
                .getHardware().getGraphicsCards().stream()
                        .filter(card -> !(card.getName().equals("unknown")
                                && card.getVendor().equals("unknown")))
                        .count();
        String summary = Files.readString(output.resolve(result.runId() + ".summary.txt"));
        if (gpusOnThisHost == 0) {
            assertEquals(WorkloadStatus.SKIPPED, gpu.status());
            assertEquals("no GPU found", gpu.error().message());
            assertEquals("gpu/inventory  skipped  skipped in init: no GPU found\n", summary);
        } else {
            assertEquals(WorkloadStatus.OK, gpu.status(), String.valueOf(gpu.error()));
            assertTrue(
                    summary.startsWith("gpu/inventory  ok       gpus " + Formats.withUnit(gpusOnThisHost, "count")),
                    summary);
        }
    }
}
