package io.benchctl.plugins.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.benchctl.api.report.RunListener;
import io.benchctl.api.result.BaselineComparison;
import io.benchctl.testkit.reporter.FolderReportContext;
import io.benchctl.testkit.reporter.LiveFeed;
import io.benchctl.testkit.reporter.SampleRun;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TuiReporterTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();

    private FolderReportContext context(boolean quiet, boolean interactive) {
        return new FolderReportContext(
                folder, new PrintStream(console, true, StandardCharsets.UTF_8), quiet, interactive);
    }

    @Test
    void withoutATerminalItFallsBackToProgressLinesThenPrintsTheSummary() throws Exception {
        // Tests run with stdout redirected to a file: no terminal, even with TERM set and --no-tui absent.
        TuiReporter reporter = new TuiReporter(Map.of("TERM", "xterm-256color")::get);
        RunListener listener = reporter.listener(context(false, true));
        LiveFeed.replay(SampleRun.result(), listener, Duration.ZERO);
        reporter.write(SampleRun.result(), context(false, true));
        String output = console.toString(StandardCharsets.UTF_8);
        assertFalse(output.contains("\u001b"));
        assertTrue(
                output.contains("[5/8] done     disk/rand-read/4KiB: iops 10,512 ops/s ±176 (CV 1.2%); "
                        + "latency 94.08 µs ±0.45 (CV 69.0%, p99 208.0 µs)"),
                output);
        assertTrue(output.contains("benchctl run lab: failed: 6 ok, 1 failed, 1 skipped in 3m12s"));
        try (var files = Files.list(folder)) {
            assertEquals(0, files.count(), "the terminal reporter writes no file");
        }
    }

    @Test
    void theSummaryNamesEachRegressedMetricOfABaselineComparison() throws Exception {
        BaselineComparison comparison = new BaselineComparison(
                "nightly.json",
                5.0,
                List.of(),
                List.of(
                        new BaselineComparison.MetricVerdict(
                                "cpu/int:ops_per_second",
                                BaselineComparison.Verdict.REGRESSED,
                                -48.23,
                                0.0012,
                                "worse by 48.2% (Mann–Whitney p 0.0012)"),
                        new BaselineComparison.MetricVerdict(
                                "memory/triad:bandwidth",
                                BaselineComparison.Verdict.UNCHANGED,
                                1.0,
                                0.5,
                                "within 5%")));
        TuiReporter reporter = new TuiReporter(Map.of("TERM", "xterm-256color")::get);
        reporter.write(SampleRun.result().withComparison(comparison), context(false, false));
        String output = console.toString(StandardCharsets.UTF_8);
        assertTrue(
                output.contains("regressed cpu/int:ops_per_second -48.2% (worse by 48.2% (Mann–Whitney p 0.0012))\n"),
                output);
        assertFalse(output.contains("regressed memory/triad"), output);
        assertTrue(output.contains("baseline nightly.json: 1 regressed, 0 improved, 2 compared"), output);
    }

    @Test
    void quietMeansNothingOnTheConsole() throws Exception {
        TuiReporter reporter = new TuiReporter(Map.of("TERM", "xterm-256color")::get);
        LiveFeed.replay(SampleRun.result(), reporter.listener(context(true, true)), Duration.ZERO);
        reporter.write(SampleRun.result(), context(true, true));
        assertEquals("", console.toString(StandardCharsets.UTF_8));
    }
}
