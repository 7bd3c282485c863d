package io.benchctl.plugins.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.benchctl.api.result.BaselineComparison;
import io.benchctl.api.result.RunResult;
import io.benchctl.testkit.reporter.FolderReportContext;
import io.benchctl.testkit.reporter.SampleRun;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.toml.TomlMapper;

class MarkdownReporterTest {

    @TempDir
    Path folder;

    private final RunResult result = SampleRun.result();

    private String render(MarkdownReporter reporter) throws Exception {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        reporter.write(result, FolderReportContext.in(folder, new PrintStream(console, true, StandardCharsets.UTF_8)));
        assertTrue(console.toString(StandardCharsets.UTF_8).startsWith("markdown: "));
        return Files.readString(folder.resolve(SampleRun.RUN_ID + ".md"));
    }

    @Test
    void writesOneTablePerModuleWithTheFormattedFigures() throws Exception {
        String markdown = render(new MarkdownReporter(name -> null));
        for (String module : List.of("cpu", "memory", "disk", "syscall")) {
            assertTrue(
                    markdown.contains(
                            "\n## " + module + "\n\n| workload | metric | value | unit | ±95% CI | p99 | CV |"),
                    module);
        }
        assertTrue(
                markdown.contains("| `triad/1GiB/stride1` | bandwidth | 12.81 | GB/s | ±3.79 |  | 14.0% |"), markdown);
        assertTrue(markdown.contains("<details><summary>Per-thread figures</summary>"));
        assertTrue(markdown.contains("| ops_per_second [thread 1] |"));
        assertTrue(markdown.contains(
                "| disk/rand-write/4KiB | failed | run | exception | No space left on device (quota 4GiB) |"));
        assertTrue(markdown.contains("| network/tcp/peer | skipped | init | skipped |"));
        assertTrue(markdown.contains("| memory.totalBytes | 24.0 GiB |"));
        int hostSection = markdown.indexOf("## Host\n");
        assertTrue(hostSection >= 0 && markdown.indexOf("\n| id | lab-node-1 |\n") > hostSection, markdown);
    }

    @Test
    void warningsAreOneSummaryLineAtTheTopAndOneLinePerCodeUnderTheirModulesTable() throws Exception {
        String markdown = render(new MarkdownReporter(name -> null));
        assertTrue(
                markdown.contains("\n\n> ⚠ 2 warnings on 2 workloads: noisy-host ×1, direct-io-fallback ×1 — "
                        + "[memory](#memory): triad/1GiB/stride1; [disk](#disk): seq-read/1MiB\n\n## cpu\n"),
                markdown);
        String disk = markdown.substring(markdown.indexOf("\n## disk\n"), markdown.indexOf("\n## syscall\n"));
        String afterTable = disk.substring(disk.lastIndexOf("|\n") + 2);
        assertTrue(
                afterTable.startsWith("\n- ⚠ `seq-read/1MiB` **direct-io-fallback**: "
                        + "direct I/O unsupported on tmpfs: buffered fallback\n"),
                disk);
    }

    @Test
    void aRunComparedWithABaselineGetsAComparedWithBaselineTable() throws Exception {
        RunResult compared = result.withComparison(new BaselineComparison(
                "nightly.json",
                5.0,
                List.of("profile differs (baseline 164b74b4694a…, current 770ae6e2f7d1…)"),
                List.of(new BaselineComparison.MetricVerdict(
                        "cpu/int:ops_per_second",
                        BaselineComparison.Verdict.REGRESSED,
                        -48.23,
                        0.0012,
                        "worse by 48.2% | beyond the one-run allowance"))));
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        new MarkdownReporter(name -> null)
                .write(
                        compared,
                        FolderReportContext.in(folder, new PrintStream(console, true, StandardCharsets.UTF_8)));
        String markdown = Files.readString(folder.resolve(SampleRun.RUN_ID + ".md"));
        assertTrue(
                markdown.contains(
                        "## Compared with baseline\n\nBaseline `nightly.json`, threshold 5%: 1 regressed, 0 improved."),
                markdown);
        assertTrue(markdown.contains("> Not comparable: profile differs"), markdown);
        assertTrue(
                markdown.contains("| `cpu/int:ops_per_second` | **regressed** | -48.2% | 0.00120 | "
                        + "worse by 48.2% \\| beyond the one-run allowance |"),
                markdown);
        assertTrue(
                markdown.indexOf("## Compared with baseline") < markdown.indexOf("## Host"), "right after the summary");
    }

    @Test
    void aRunWithoutABaselineHasNoComparison() throws Exception {
        assertTrue(!render(new MarkdownReporter(name -> null)).contains("Compared with baseline"));
    }

    @Test
    void everyTableRowHasTheHeadersNumberOfCells() throws Exception {
        String markdown = render(new MarkdownReporter(name -> null));
        int expected = -1;
        for (String line : markdown.split("\n")) {
            if (!line.startsWith("|")) {
                expected = -1;
                continue;
            }
            int cells = line.replace("\\|", "").split("\\|", -1).length;
            if (expected < 0) {
                expected = cells;
            }
            assertEquals(expected, cells, line);
        }
    }

    @Test
    void theFoldedProfileIsTomlThatReadsBackAsTheEffectiveProfile() throws Exception {
        String markdown = render(new MarkdownReporter(name -> null));
        String toml = markdown.substring(markdown.indexOf("```toml\n") + 8, markdown.lastIndexOf("```"));
        JsonMapper json = JsonMapper.builder().build();
        assertEquals(
                json.valueToTree(result.profile()), TomlMapper.builder().build().readTree(toml));
    }

    @Test
    void appendsToTheGithubStepSummaryWhenSet() throws Exception {
        Path summary = Files.writeString(folder.resolve("step-summary.md"), "earlier step\n");
        Map<String, String> environment = Map.of(MarkdownReporter.STEP_SUMMARY, summary.toString());
        String markdown = render(new MarkdownReporter(environment::get));
        assertEquals("earlier step\n" + markdown, Files.readString(summary));
    }
}
