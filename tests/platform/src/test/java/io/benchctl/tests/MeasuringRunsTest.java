package io.benchctl.tests;

import static io.benchctl.tests.Fixtures.JSON_REPORTER;
import static io.benchctl.tests.Fixtures.TEST_PLUGIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.benchctl.api.result.Measurement;
import io.benchctl.api.result.RunResult;
import io.benchctl.api.result.StopReason;
import io.benchctl.api.result.WorkloadResult;
import io.benchctl.runtime.result.JournalReader;
import io.benchctl.runtime.result.ResultCodec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code warmup = "auto"}, {@code target_ci} and rounds, each from a real profile through the
 * built distribution with the test plugin's {@code series} module, whose value series have known
 * shapes: a transient that dies out, a trend that never ends, a steady value, a noisy one.
 */
@Tag("slow")
class MeasuringRunsTest {
    @TempDir
    Path temp;

    @Test
    void autoWarmupStopsWhenTheTransientIsOverAndWarnsWhenTheTrendNeverEnds() throws Exception {
        RunResult result = run("""
                warmup = "auto"
                warmup_max = "1500ms"
                duration = "20ms"
                iterations = 3
                [modules.series]
                patterns = ["settling", "drifting"]
                """);
        WorkloadResult settling = test(result, "series/settling");
        Measurement.Warmup warmup = settling.measurement().warmup();
        assertTrue(warmup.auto());
        assertEquals(Boolean.TRUE, warmup.steadyState(), "the settling series reached steady state");
        assertTrue(warmup.iterations() >= 15 && warmup.iterations() < 100, "warm-up iterations " + warmup.iterations());
        assertTrue(warmup.durationNanos() < TimeUnit.MILLISECONDS.toNanos(1500), "steady before the cap");
        double firstMeasured = settling.metrics().getFirst().samples().getFirst();
        assertTrue(firstMeasured < 110, "the transient (up to 500) is over when measuring starts: " + firstMeasured);
        assertFalse(hasWarning(settling, "no-steady-state"));

        WorkloadResult drifting = test(result, "series/drifting");
        assertEquals(Boolean.FALSE, drifting.measurement().warmup().steadyState());
        assertTrue(drifting.measurement().warmup().durationNanos() >= TimeUnit.MILLISECONDS.toNanos(1500));
        assertTrue(hasWarning(drifting, "no-steady-state"), drifting.warnings().toString());
        assertEquals("auto", runTable(result).get("warmup"));
    }

    @Test
    void targetCiStopsAtTheTargetOrAtMaxTimeAndSaysWhich() throws Exception {
        RunResult result = run("""
                warmup = "0s"
                duration = "20ms"
                iterations = 3
                target_ci = "2%"
                max_time = "500ms"
                [modules.series]
                patterns = ["steady", "noisy"]
                """);
        Measurement steady = test(result, "series/steady").measurement();
        assertEquals(StopReason.TARGET_CI, steady.stop());
        assertEquals(6, steady.iterations(), "the fewest iterations with an exact 95% CI, more than iterations = 3");
        assertEquals("value", steady.headline());
        assertTrue(steady.ciHalfWidth() <= 0.02, "half-width " + steady.ciHalfWidth());
        assertFalse(hasWarning(test(result, "series/steady"), "ci-min-max"));

        Measurement noisy = test(result, "series/noisy").measurement();
        assertEquals(StopReason.MAX_TIME, noisy.stop());
        assertTrue(noisy.iterations() >= 10, "ran on until max_time: " + noisy.iterations());
        assertTrue(noisy.ciHalfWidth() > 0.02);
        assertEquals(
                noisy.iterations(),
                test(result, "series/noisy").metrics().getFirst().samples().size());
    }

    @Test
    void withoutTargetCiTheIterationsAreExactlyThoseAsked() throws Exception {
        Measurement m = test(run("iterations = 4\n[modules.series]\npatterns = [\"noisy\"]\n"), "series/noisy")
                .measurement();
        assertEquals(StopReason.ITERATIONS, m.stop());
        assertEquals(4, m.iterations());
        assertFalse(m.warmup().auto());
        assertNull(m.warmup().steadyState());
        assertEquals(new Measurement.Rounds(1, "grouped", null, List.of(0)), m.rounds());
    }

    @Test
    void interleavedRoundsAlternateTheWorkloadsAndTheJournalHoldsEachOnce() throws Exception {
        RunResult result = run(ROUNDS + "order = \"interleaved\"\n" + SERIES);
        List<WorkloadResult> tests = result.tests();
        for (int i = 0; i < tests.size(); i++) {
            Measurement m = tests.get(i).measurement();
            assertEquals(new Measurement.Rounds(3, "interleaved", null, List.of(i, i, i)), m.rounds());
            assertEquals(6, m.iterations(), "2 iterations in each of 3 rounds");
            assertEquals(6, tests.get(i).metrics().getFirst().samples().size(), "statistics over all rounds");
        }
        assertTrue(spansOverlap(tests.get(0), tests.get(1)), "round 2 of the first came after round 1 of the second");
        var journal = JournalReader.read(Fixtures.journal(temp.resolve("results")));
        assertEquals(ids(result.tests()), ids(journal.tests()), "one journal record per workload, complete");
        assertEquals(
                tests.getFirst().metrics().getFirst().samples(),
                journal.tests().getFirst().metrics().getFirst().samples());
    }

    @Test
    void groupedRoundsRunEachWorkloadsRoundsBackToBack() throws Exception {
        RunResult result = run(ROUNDS + SERIES);
        List<WorkloadResult> tests = result.tests();
        assertEquals("grouped", tests.getFirst().measurement().rounds().order());
        assertEquals(6, tests.getFirst().measurement().iterations());
        assertFalse(spansOverlap(tests.get(0), tests.get(1)));
        assertFalse(spansOverlap(tests.get(1), tests.get(2)));
    }

    @Test
    void randomOrderRecordsItsSeedAndTheSameSeedGivesTheSameOrder() throws Exception {
        RunResult drawn = run(ROUNDS + "order = \"random\"\n" + SERIES);
        Long seed = drawn.tests().getFirst().measurement().rounds().seed();
        assertNotNull(seed, "a drawn seed is recorded");
        assertFalse(runTable(drawn).containsKey("seed"), "a drawn seed is not part of the profile");

        RunResult again = run(ROUNDS + "order = \"random\"\nseed = " + seed + "\n" + SERIES);
        for (int i = 0; i < drawn.tests().size(); i++) {
            Measurement.Rounds first = drawn.tests().get(i).measurement().rounds();
            Measurement.Rounds second = again.tests().get(i).measurement().rounds();
            assertEquals(first.positions(), second.positions(), "the same seed, the same order");
            assertEquals(seed, second.seed());
        }
        assertEquals(seed, ((Number) runTable(again).get("seed")).longValue());
    }

    private static final String ROUNDS = "duration = \"20ms\"\niterations = 2\nrounds = 3\n";
    private static final String SERIES = "[modules.series]\npatterns = [\"steady\", \"noisy\", \"settling\"]\n";

    private RunResult run(String runAndModules) throws Exception {
        Path plugins = temp.resolve("plugins");
        if (!Files.isDirectory(plugins)) {
            Fixtures.pluginsDir(temp, TEST_PLUGIN, JSON_REPORTER);
        }
        Path output = temp.resolve("results");
        deleteTree(output);
        String profile = "[run]\ncooldown = \"0s\"\nreporters = [\"json\"]\n"
                + (runAndModules.contains("warmup =") ? "" : "warmup = \"0s\"\n")
                + runAndModules;
        Path file = Files.writeString(temp.resolve("p.toml"), profile);
        Process process = Fixtures.launch(
                temp,
                Map.of(),
                "run",
                "--plugins-dir",
                plugins.toString(),
                "--profile",
                file.toString(),
                "--output",
                output.toString(),
                "--no-tui",
                "--no-affinity");
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "benchctl run did not finish");
        assertEquals(0, process.exitValue(), Fixtures.stderr(temp));
        Path latest = output.resolve("latest.json");
        assertEquals(List.of(), ResultSchema.validate("result.schema.json", latest), "valid against the schema");
        return ResultCodec.read(latest);
    }

    static WorkloadResult test(RunResult result, String id) {
        return result.tests().stream()
                .filter(t -> t.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + id + " in " + ids(result.tests())));
    }

    private static boolean hasWarning(WorkloadResult test, String code) {
        return test.warnings().stream().anyMatch(w -> w.code().equals(code));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> runTable(RunResult result) {
        return (Map<String, Object>) result.profile().get("run");
    }

    private static List<String> ids(List<WorkloadResult> tests) {
        return tests.stream().map(WorkloadResult::id).toList();
    }

    /** Whether two workloads' first-start-to-last-end spans overlap (rounds of one inside the other's). */
    private static boolean spansOverlap(WorkloadResult a, WorkloadResult b) {
        Instant aStart = Instant.parse(a.startedAt()), aEnd = Instant.parse(a.finishedAt());
        Instant bStart = Instant.parse(b.startedAt()), bEnd = Instant.parse(b.finishedAt());
        return aStart.isBefore(bEnd) && bStart.isBefore(aEnd);
    }

    private static void deleteTree(Path dir) throws Exception {
        if (!Files.exists(dir)) {
            return;
        }
        List<Path> all = new ArrayList<>();
        try (var walk = Files.walk(dir)) {
            walk.forEach(all::add);
        }
        for (Path p : all.reversed()) {
            Files.delete(p);
        }
    }
}
