package io.benchctl.plugins.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.benchctl.api.report.Phase;
import io.benchctl.api.report.RunPlan;
import io.benchctl.testkit.reporter.SampleRun;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;

class FrameTest {

    private final long[] nowNanos = {0};
    private final RunState state = new RunState(() -> nowNanos[0]);

    private void startSampleRun() {
        state.started(new RunPlan(
                SampleRun.RUN_ID, "lab", SampleRun.workloadIds(), Duration.ofSeconds(192), SampleRun.host()));
    }

    @Test
    void neverDrawsWiderOrTallerThanAllowed() {
        startSampleRun();
        state.progress("cpu/int", Phase.RUNNING, 0.5, "iteration 3/5");
        state.values("cpu/int", Map.of("ops_per_second", 2.4612e8));
        state.warning(
                "memory/triad/1GiB/stride1", new io.benchctl.api.result.WarningInfo("noisy-host", "x".repeat(300)));
        for (int columns : List.of(20, 45, 80, 200)) {
            for (int maxLines : List.of(3, 5, 15)) {
                List<AttributedString> lines = new Frame(columns, maxLines, true).render(state.snapshot());
                assertTrue(lines.size() <= maxLines, columns + "x" + maxLines + ": " + lines.size() + " lines");
                lines.forEach(line -> assertTrue(line.columnLength() <= columns, line.toString()));
            }
        }
    }

    @Test
    void showsHeaderBarAndActiveCardsFirstWhenSpaceIsShort() {
        startSampleRun();
        SampleRun.result().tests().subList(0, 2).forEach(state::finished);
        state.progress("memory/triad/1GiB/stride1", Phase.RUNNING, 0.4, "iteration 2/5");
        nowNanos[0] = Duration.ofSeconds(65).toNanos();
        List<String> lines = new Frame(120, 5, false)
                .render(state.snapshot()).stream()
                        .map(AttributedString::toString)
                        .toList();
        assertTrue(lines.get(0).startsWith("benchctl lab on lab-01  elapsed 1m05s  ETA "), lines.get(0));
        assertTrue(lines.get(1).startsWith("[######"), lines.get(1));
        assertTrue(lines.get(1).contains("2 done, 0 failed, 0 skipped, 1 running, 5 pending"), lines.get(1));
        assertTrue(lines.get(2).startsWith("> memory/triad/1GiB/stride1"), "active card first: " + lines);
        assertEquals("  … 6 more", lines.get(4));
    }

    @Test
    void statesLineUpUnderEachOtherWhateverTheIdLengths() {
        state.started(new RunPlan(
                SampleRun.RUN_ID,
                "lab",
                List.of("cpu/int/t2", "network/throughput/download/1-stream", "memory/triad/32KiB/stride1/t1"),
                Duration.ofSeconds(30),
                SampleRun.host()));
        state.progress("cpu/int/t2", Phase.RUNNING, 0.5, "iteration 1/3");
        List<String> cards = new Frame(160, 10, false)
                .render(state.snapshot()).stream()
                        .map(AttributedString::toString)
                        .skip(2) // header and overall bar; blank lines keep the height constant
                        .filter(line -> !line.isBlank())
                        .toList();
        assertEquals(3, cards.size(), cards.toString());
        int stateColumn = cards.get(0).indexOf("running");
        assertTrue(stateColumn > "> network/throughput/download/1-stream".length(), cards.toString());
        cards.subList(1, 3).forEach(card -> assertEquals(stateColumn, card.indexOf("pending"), cards.toString()));
    }

    @Test
    void keepsOneHeightForTheWholeRunSoStaleLinesCannotLinger() {
        startSampleRun();
        Frame frame = new Frame(100, 15, true);
        int height = frame.render(state.snapshot()).size();
        assertEquals(Math.min(15, 2 + RunState.BANNER_LINES + 8), height);
        for (var test : SampleRun.result().tests()) {
            state.progress(test.id(), Phase.RUNNING, 0.5, "iteration 3/5");
            test.warnings().forEach(w -> state.warning(test.id(), w));
            assertEquals(height, frame.render(state.snapshot()).size());
            state.finished(test);
            assertEquals(height, frame.render(state.snapshot()).size());
        }
    }

    @Test
    void warningsAreBannersUnderTheirWorkloadsCardOnePerCode() {
        startSampleRun();
        var noisy = SampleRun.result().tests().stream()
                .filter(t -> t.id().equals("cpu/int"))
                .findFirst()
                .orElseThrow();
        var warned = new io.benchctl.api.result.WorkloadResult(
                noisy.id(),
                noisy.module(),
                noisy.variant(),
                noisy.status(),
                null,
                List.of(
                        new io.benchctl.api.result.WarningInfo("noisy-host", "ops_per_second varied by 7.1%"),
                        new io.benchctl.api.result.WarningInfo("steal", "steal 3% while ops_per_second ran"),
                        new io.benchctl.api.result.WarningInfo(
                                "noisy-host", "ops_per_second[thread 1] varied by 9.0%")),
                noisy.metrics(),
                noisy.pinnedCpus(),
                noisy.startedAt(),
                noisy.finishedAt());
        warned.warnings().forEach(w -> state.warning(warned.id(), w));
        state.finished(warned);
        List<String> lines = new Frame(120, 20, false)
                .render(state.snapshot()).stream()
                        .map(AttributedString::toString)
                        .toList();
        int card = lines.indexOf(lines.stream()
                .filter(l -> l.startsWith("+ cpu/int "))
                .findFirst()
                .orElseThrow());
        assertEquals(
                "    ! noisy-host: ops_per_second, ops_per_second [thread 1]", lines.get(card + 1), lines.toString());
        assertEquals("    ! steal: ops_per_second", lines.get(card + 2), lines.toString());
        assertTrue(lines.get(card + 3).startsWith(". "), "next card: " + lines);
    }

    @Test
    void barsAreProportional() {
        Frame ascii = new Frame(80, 10, false);
        assertEquals("[#####-----]", ascii.bar(0.5, 10));
        assertEquals("██░░", new Frame(80, 10, true).bar(0.5, 4));
        IntStream.of(0, 3, 10)
                .forEach(w -> assertEquals(w, new Frame(80, 10, true).bar(1, w).length()));
    }
}
