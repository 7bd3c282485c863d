package io.benchctl.runtime.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.benchctl.api.result.RunResult;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class BaselineBuilderTest {

    private static BaselineBuilder.SourceResult source(String name, RunResult result) {
        return new BaselineBuilder.SourceResult(Path.of(name), result);
    }

    @Test
    void theWindowKeepsTheNewestRunsByStartTimeAndMergesTheirHistograms() throws Exception {
        SyntheticRuns runs = new SyntheticRuns(21).iterations(3);
        List<RunResult> results = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            results.add(runs.run(1 + i, 1)); // run i has ops near (1 + i) * 1e9: tells runs apart
        }
        // Given newest first: the builder orders by startedAt, not by argument order.
        List<BaselineBuilder.SourceResult> sources = new ArrayList<>();
        for (int i = 3; i >= 0; i--) {
            sources.add(source("r" + i + ".json", results.get(i)));
        }
        Baseline baseline = BaselineBuilder.build(sources, 2, Instant.EPOCH).baseline();

        assertEquals(
                List.of("r0.json", "r1.json", "r2.json", "r3.json"),
                baseline.runs().stream().map(Baseline.SourceRun::file).toList());
        BaselineMetric ops = baseline.metrics().get(SyntheticRuns.THROUGHPUT_KEY);
        assertEquals(6, ops.samples().size(), "two runs of three iterations");
        assertEquals(2, ops.runMedians().size());
        assertEquals(3e9, ops.runMedians().get(0), 0.1e9);
        assertEquals(4e9, ops.runMedians().get(1), 0.1e9);

        BaselineMetric latency = baseline.metrics().get(SyntheticRuns.LATENCY_KEY);
        Histogram merged = Histograms.decode(latency.histogram());
        assertEquals(
                2 * 3 * SyntheticRuns.LATENCIES_PER_ITERATION, merged.getTotalCount(), "two runs, three iterations");
        assertEquals(RunIdentity.of(results.getLast()), baseline.identity());
    }

    @Test
    void runsFromAnotherHostAreWarnedAbout() throws Exception {
        SyntheticRuns runs = new SyntheticRuns(22);
        RunResult first = runs.fingerprint("host-x").run(1, 1);
        RunResult second = runs.fingerprint("host-a").run(1, 1);
        BaselineBuilder.Built built =
                BaselineBuilder.build(List.of(source("a.json", first), source("b.json", second)), 10, Instant.EPOCH);
        assertEquals(List.of("host fingerprint differs (a.json host-x, newest run b.json host-a)"), built.warnings());
        assertEquals("host-a", built.baseline().identity().hostFingerprint());
    }

    @Test
    void aRunGivenTwiceCountsOnce() throws Exception {
        RunResult run = new SyntheticRuns(24).run(1, 1);
        BaselineBuilder.Built built =
                BaselineBuilder.build(List.of(source("a.json", run), source("copy.json", run)), 10, Instant.EPOCH);
        assertEquals(
                List.of("copy.json: the same run as a.json (run id " + run.runId() + "), skipped"), built.warnings());
        assertEquals(
                5,
                built.baseline()
                        .metrics()
                        .get(SyntheticRuns.THROUGHPUT_KEY)
                        .samples()
                        .size());
    }

    @Test
    void runsWithoutFinishedMetricsAreBadInput() {
        RunResult empty = new SyntheticRuns(23).result(List.of());
        BadInputException e = assertThrows(
                BadInputException.class,
                () -> BaselineBuilder.build(List.of(source("e.json", empty)), 10, Instant.EPOCH));
        assertTrue(e.getMessage().contains("no finished workload with metrics in [e.json]"), e.getMessage());
    }

    @Test
    void theProfileHashIgnoresWhereResultsGoButNotWhatIsMeasured() {
        Map<String, Object> profile = SyntheticRuns.profile(5);
        Map<String, Object> otherOutput = new LinkedHashMap<>(profile);
        otherOutput.put(
                "run", Map.of("name", "lab", "iterations", 5, "output", "/ci/out", "reporters", List.of("json")));
        otherOutput.put("compare", Map.of("threshold", "10%"));
        assertEquals(ProfileHash.of(profile), ProfileHash.of(otherOutput));
        assertNotEquals(ProfileHash.of(profile), ProfileHash.of(SyntheticRuns.profile(3)));
        assertEquals(64, ProfileHash.of(profile).length());
    }
}
