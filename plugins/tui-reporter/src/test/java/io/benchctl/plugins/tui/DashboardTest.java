package io.benchctl.plugins.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.benchctl.api.report.RunListener;
import io.benchctl.api.report.RunPlan;
import io.benchctl.api.result.RunResult;
import io.benchctl.api.result.WarningInfo;
import io.benchctl.api.result.WorkloadResult;
import io.benchctl.testkit.reporter.LiveFeed;
import io.benchctl.testkit.reporter.SampleRun;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jline.terminal.Size;
import org.jline.terminal.impl.ExternalTerminal;
import org.junit.jupiter.api.Test;

/** The dashboard drawn on a JLine terminal over a pipe, replayed through a small xterm emulator. */
class DashboardTest {

    private final ByteArrayOutputStream screenBytes = new ByteArrayOutputStream();
    private final List<String> summarized = new CopyOnWriteArrayList<>();

    private ExternalTerminal terminal(int columns, int rows) throws Exception {
        ExternalTerminal terminal = new ExternalTerminal(
                "test", "xterm-256color", new ByteArrayInputStream(new byte[0]), screenBytes, StandardCharsets.UTF_8);
        terminal.setSize(new Size(columns, rows));
        return terminal;
    }

    @Test
    void midRunTheStatusAreaShowsExactlyTheCurrentFrame() throws Exception {
        int[] offset = {-1};
        Dashboard dashboard = new Dashboard(terminal(100, 30), Duration.ofMillis(5), summarized::add);
        LiveFeed.replay(
                SampleRun.result(),
                new Forwarding(dashboard) {
                    @Override
                    public void workloadFinished(WorkloadResult result) {
                        super.workloadFinished(result);
                        if (result.id().equals("disk/seq-read/1MiB")) {
                            awaitFrames(dashboard, 2);
                            offset[0] = screenBytes.size();
                        }
                    }
                },
                Duration.ofMillis(2));
        VirtualScreen screen = new VirtualScreen(100, 30);
        screen.feed(new String(screenBytes.toByteArray(), 0, offset[0], StandardCharsets.UTF_8));
        List<String> rows = screen.screen();
        String all = String.join("\n", rows);
        int header = rows.size() - 12;
        assertTrue(rows.get(header).startsWith("benchctl lab on lab-01  elapsed "), all);
        assertTrue(rows.get(header + 1).startsWith("█"), all);
        assertTrue(rows.get(header + 2).startsWith("✓ cpu/int "), all);
        assertEquals(
                "✓ memory/triad/1GiB/stride1    done      bandwidth 12.81 GB/s ±3.79 (CV 14.0%)", rows.get(header + 4));
        assertEquals(
                "    ⚠ noisy-host: CV 14.0% across iterations exceeds 5%: the host is noisy",
                rows.get(header + 5), all);
        assertTrue(rows.get(header + 6).startsWith("✓ disk/seq-read/1MiB "), all);
        assertEquals(
                "    ⚠ direct-io-fallback: direct I/O unsupported on tmpfs: buffered fallback",
                rows.get(header + 7),
                all);
        assertEquals("· disk/rand-read/4KiB          pending", rows.get(header + 8));
        assertEquals(1, rows.stream().filter(r -> r.contains("ETA")).count(), all);
    }

    @Test
    void leavesEveryWorkloadAndTheSummaryInTheScrollbackAndClearsTheStatusArea() throws Exception {
        Dashboard dashboard = new Dashboard(terminal(100, 30), Duration.ofMillis(5), summarized::add);
        LiveFeed.replay(SampleRun.result(), dashboard, Duration.ofMillis(2));
        VirtualScreen screen = new VirtualScreen(100, 30);
        screen.feed(screenBytes.toString(StandardCharsets.UTF_8));
        List<String> lines = screen.allLines();
        assertEquals(List.of(SampleRun.RUN_ID), summarized);
        assertFalse(
                lines.stream().anyMatch(l -> l.contains("ETA")), "status area cleared: " + String.join("\n", lines));
        int heading = lines.indexOf("benchctl run lab: failed: 6 ok, 1 failed, 1 skipped in 3m12s");
        assertTrue(heading > 0, String.join("\n", lines));
        for (WorkloadResult test : SampleRun.result().tests()) {
            String line = Summary.workload(test).text();
            int streamed = indexOfPrefix(lines, line.substring(0, Math.min(line.length(), 100)), 0);
            assertTrue(streamed >= 0 && streamed < heading, "streamed as it finished: " + line);
            assertTrue(
                    indexOfPrefix(lines, line.substring(0, Math.min(line.length(), 100)), heading) > heading,
                    "in summary: " + line);
        }
        assertEquals(29, screen.scrollRegionBottom(), "scroll region restored to the whole screen");
    }

    @Test
    void followsAResizeAndLeavesNoDebrisOfTheOldStatusArea() throws Exception {
        ExternalTerminal terminal = terminal(100, 30);
        int[] offsets = {-1, -1};
        Dashboard dashboard = new Dashboard(terminal, Duration.ofMillis(5), summarized::add);
        RunListener resizeHalfway = new Forwarding(dashboard) {
            @Override
            public void workloadFinished(WorkloadResult result) {
                super.workloadFinished(result);
                if (result.id().equals("memory/triad/1GiB/stride1")) {
                    terminal.setSize(new Size(60, 20));
                    awaitFrames(dashboard, 2);
                    offsets[0] = screenBytes.size();
                } else if (result.id().equals("disk/rand-read/4KiB")) {
                    awaitFrames(dashboard, 2);
                    offsets[1] = screenBytes.size();
                }
            }
        };
        LiveFeed.replay(SampleRun.result(), resizeHalfway, Duration.ofMillis(2));
        byte[] bytes = screenBytes.toByteArray();
        VirtualScreen screen = new VirtualScreen(100, 30);
        screen.feed(new String(bytes, 0, offsets[0], StandardCharsets.UTF_8));
        screen.resize(60, 20);
        screen.feed(new String(bytes, offsets[0], offsets[1] - offsets[0], StandardCharsets.UTF_8));
        List<String> midRun = screen.screen();
        List<Integer> headers = java.util.stream.IntStream.range(0, midRun.size())
                .filter(i -> midRun.get(i).contains("ETA"))
                .boxed()
                .toList();
        assertEquals(1, headers.size(), "one status header after the resize:\n" + String.join("\n", midRun));
        assertTrue(headers.getFirst() >= 10, "the status area sits at the bottom:\n" + String.join("\n", midRun));
        screen.feed(new String(bytes, offsets[1], bytes.length - offsets[1], StandardCharsets.UTF_8));
        List<String> end = screen.allLines();
        assertFalse(end.stream().anyMatch(l -> l.contains("ETA") || l.contains(" pending")), String.join("\n", end));
        assertTrue(
                end.contains("benchctl run lab: failed: 6 ok, 1 failed, 1 skipped in 3m12s"), String.join("\n", end));
    }

    private static int indexOfPrefix(List<String> lines, String prefix, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix.stripTrailing())) {
                return i;
            }
        }
        return -1;
    }

    /** Waits until the dashboard has drawn {@code count} more frames, so the screen shows this moment. */
    private static void awaitFrames(Dashboard dashboard, int count) {
        long target = dashboard.framesDrawn() + count;
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (dashboard.framesDrawn() < target && System.nanoTime() < deadline) {
            Thread.onSpinWait();
            java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
        }
        assertTrue(dashboard.framesDrawn() >= target, "the dashboard kept drawing");
    }

    /** Passes every event on; tests override one to act in the middle of a run. */
    private static class Forwarding implements RunListener {
        private final RunListener delegate;

        Forwarding(RunListener delegate) {
            this.delegate = delegate;
        }

        @Override
        public void runStarted(RunPlan plan) {
            delegate.runStarted(plan);
        }

        @Override
        public void phaseChanged(String id, io.benchctl.api.report.Phase phase) {
            delegate.phaseChanged(id, phase);
        }

        @Override
        public void progress(String id, io.benchctl.api.report.Phase phase, double f, String m) {
            delegate.progress(id, phase, f, m);
        }

        @Override
        public void iterationFinished(String id, int i, Map<String, Double> v) {
            delegate.iterationFinished(id, i, v);
        }

        @Override
        public void warning(String id, WarningInfo w) {
            delegate.warning(id, w);
        }

        @Override
        public void workloadFinished(WorkloadResult result) {
            delegate.workloadFinished(result);
        }

        @Override
        public void runFinished(RunResult result) {
            delegate.runFinished(result);
        }
    }
}
