package io.benchctl.plugins.parity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.benchctl.api.result.RunResult;
import io.benchctl.api.result.RunStatus;
import io.benchctl.testkit.reporter.SampleRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A dry run (host block, no tests) and a bare result render without errors in every reporter. */
class DryRunTest {

    @TempDir
    Path folder;

    @Test
    void aResultWithoutTestsRendersEverywhere() throws Exception {
        RunResult full = SampleRun.result();
        RunResult dryRun = new RunResult(
                full.schemaVersion(),
                "dry",
                full.name(),
                RunStatus.OK,
                full.startedAt(),
                full.finishedAt(),
                full.benchctl(),
                full.host(),
                full.profile(),
                List.of());
        RenderedRun rendered = RenderedRun.render(dryRun, folder);
        assertEquals("[]\n", rendered.file("dry", ".gab-bigger.json"));
        assertEquals("{}\n", rendered.file("dry", ".bmf.json"));
        assertEquals(1, rendered.file("dry", ".csv").lines().count());
        assertTrue(rendered.file("dry", ".prom").endsWith("# EOF\n"));
        assertTrue(rendered.file("dry", ".md").contains("0 of 0 workloads ok"));
        assertTrue(rendered.file("dry", ".html").contains("lab-01"));
        assertTrue(rendered.console().contains("benchctl run lab: ok: 0 ok, 0 failed, 0 skipped in 3m12s"));
    }

    @Test
    void missingOptionalBlocksAreNotAnError() throws Exception {
        RunResult bare =
                new RunResult("1.0.0", "bare", "lab", RunStatus.OK, null, null, null, Map.of(), Map.of(), List.of());
        RenderedRun rendered = RenderedRun.render(bare, folder);
        try (var files = Files.list(folder)) {
            assertEquals(9, files.count(), "json, md, html, csv, two gab, bmf, prom files and latest.json");
        }
        assertTrue(rendered.console().contains("benchctl run lab: ok: 0 ok, 0 failed, 0 skipped"));
    }
}
