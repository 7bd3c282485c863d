package io.benchctl.tests;

import static io.benchctl.tests.Fixtures.JSON_REPORTER;
import static io.benchctl.tests.Fixtures.TEST_PLUGIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.benchctl.api.report.Phase;
import io.benchctl.api.result.ErrorCode;
import io.benchctl.api.result.RunResult;
import io.benchctl.api.result.RunStatus;
import io.benchctl.api.result.WorkloadResult;
import io.benchctl.api.result.WorkloadStatus;
import io.benchctl.runtime.result.ResultCodec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whole runs through the CLI, in-process, with a plugin JAR from a temp plugins folder. */
@org.junit.jupiter.api.Tag("reliability-plugin-faults")
class LifecycleTest {
    @TempDir
    Path temp;

    Path plugins;
    Path output;

    @BeforeEach
    void setUp() throws IOException {
        plugins = Fixtures.pluginsDir(temp, TEST_PLUGIN, JSON_REPORTER);
        output = temp.resolve("results");
    }

    @Test
    void aRealModuleRunsThroughTheWholeLifecycleAndTheResultIsValid() throws Exception {
        var run = Fixtures.run(plugins, Fixtures.profile(temp, "[modules.sample]\nvariants = 2\n"), output);
        assertEquals(0, run.exitCode(), run.all());
        RunResult result = onlyResult();
        assertEquals(RunStatus.OK, result.status());
        assertEquals(
                List.of("sample/sum0", "sample/sum1"),
                result.tests().stream().map(WorkloadResult::id).toList());
        for (WorkloadResult test : result.tests()) {
            assertEquals(WorkloadStatus.OK, test.status());
            var rate = test.metrics().stream()
                    .filter(m -> m.name().equals("sums_per_second"))
                    .findFirst()
                    .orElseThrow();
            assertEquals(3, rate.samples().size(), "one sample per measured iteration, warmup excluded");
            assertTrue(rate.value() > 0);
        }
        assertEquals(List.of(), ResultSchema.validate("result.schema.json", resultFile()));
        assertTrue(run.out().contains("sample/sum0"), "summary on stdout: " + run.out());
        assertEquals(
                3,
                Files.readAllLines(Fixtures.journal(output)).stream()
                                .filter(l -> l.contains("\"type\":\"test\""))
                                .count()
                        + 1,
                "journal holds one line per workload");
    }

    @ParameterizedTest(name = "throws in {0}")
    @ValueSource(strings = {"init", "warmup", "run", "cooldown", "close"})
    void aModuleThrowingInAnyStepFailsOnlyItselfAndIsClosed(String step) throws Exception {
        Path markers = Files.createDirectories(temp.resolve("markers"));
        var run = Fixtures.run(plugins, Fixtures.profile(temp, """
                [modules.fault]
                throw_in = "%s"
                marker_dir = "%s"
                [modules.sample]
                """.formatted(step, markers)), output);
        assertEquals(1, run.exitCode(), run.all());
        RunResult result = onlyResult();
        assertEquals(RunStatus.FAILED, result.status());
        WorkloadResult fault = test(result, "fault/throw-" + step + "-hang-none");
        assertEquals(WorkloadStatus.FAILED, fault.status());
        assertEquals(step, fault.error().phase().id());
        assertEquals("fault injected in " + step, fault.error().message());
        assertTrue(Files.exists(markers.resolve("close")), "close() runs whenever init() was called");
        assertEquals(WorkloadStatus.OK, test(result, "sample/sum0").status(), "the other workload still ran");
        assertEquals(List.of(), ResultSchema.validate("result.schema.json", resultFile()));
    }

    @Test
    void aModuleThatFailsToPlanIsReportedAndTheRestRun() throws Exception {
        var run = Fixtures.run(
                plugins, Fixtures.profile(temp, "[modules.fault]\nthrow_in = \"plan\"\n[modules.sample]\n"), output);
        assertEquals(1, run.exitCode(), run.all());
        WorkloadResult fault = test(onlyResult(), "fault/*");
        assertEquals(Phase.PLAN, fault.error().phase());
        assertTrue(fault.error().message().contains("fault injected in plan"));
        assertEquals(WorkloadStatus.OK, test(onlyResult(), "sample/sum0").status());
    }

    @ParameterizedTest(name = "hangs in {0}")
    @ValueSource(strings = {"init", "warmup", "run", "cooldown", "close"})
    void aHangingStepIsFailedAfterItsTimeLimitAndTheRunGoesOn(String step) throws Exception {
        var run = Fixtures.run(
                plugins,
                Fixtures.profile(temp, "[modules.fault]\nhang_in = \"" + step + "\"\n[modules.sample]\n"),
                output,
                "--set",
                "run.phase_timeout=\"1s\"");
        assertEquals(1, run.exitCode(), run.all());
        WorkloadResult fault = test(onlyResult(), "fault/throw-none-hang-" + step);
        assertEquals(ErrorCode.TIMEOUT, fault.error().code());
        assertEquals(step, fault.error().phase().id());
        // Each step's limit is its planned time (warmup 20ms, iteration 50ms, cooldown 10ms) plus phase_timeout.
        String limit = switch (step) {
            case "warmup" -> "1020ms";
            case "run" -> "1050ms";
            case "cooldown" -> "1010ms";
            default -> "1s";
        };
        assertTrue(
                fault.error().message().startsWith("the " + step + " step did not finish within " + limit),
                fault.error().message());
        assertEquals(WorkloadStatus.OK, test(onlyResult(), "sample/sum0").status(), "the run went on");
    }

    @Test
    void aThreadThatIgnoresInterruptsIsAbandonedNotWaitedFor() throws Exception {
        long start = System.nanoTime();
        var run = Fixtures.run(
                plugins,
                Fixtures.profile(temp, "[modules.fault]\nhang_in = \"init\"\nstubborn = true\n"),
                output,
                "--set",
                "run.phase_timeout=\"1s\"");
        assertEquals(1, run.exitCode(), run.all());
        WorkloadResult fault = test(onlyResult(), "fault/throw-none-hang-init");
        assertTrue(
                fault.error().message().endsWith("its thread did not stop and was abandoned"),
                fault.error().message());
        assertTrue((System.nanoTime() - start) / 1e9 < 30, "the run did not wait for the stuck thread");
    }

    @Test
    void dryRunWritesHostBlockAndNoTests() throws Exception {
        var run = Fixtures.run(plugins, Fixtures.profile(temp, "[modules.sample]\n"), output, "--dry-run");
        assertEquals(0, run.exitCode(), run.all());
        RunResult result = onlyResult();
        assertEquals(List.of(), result.tests());
        assertTrue(result.host().containsKey("fingerprint"));
        assertFalse(result.benchctl().plugins().isEmpty());
        assertEquals(List.of(), ResultSchema.validate("result.schema.json", resultFile()));
    }

    @Test
    void reportRebuildsAResultFromTheJournal() throws Exception {
        assertEquals(
                0,
                Fixtures.run(plugins, Fixtures.profile(temp, "[modules.sample]\n"), output)
                        .exitCode());
        Path rendered = temp.resolve("rendered");
        var report = Fixtures.reportJournal(Fixtures.journal(output), rendered, plugins);
        assertEquals(0, report.exitCode(), report.all());
        RunResult again = ResultCodec.read(rendered.resolve(onlyResult().runId() + ".json"));
        assertEquals(onlyResult().tests(), again.tests());
        assertEquals(RunStatus.OK, again.status());
    }

    @Test
    void reportOfAMissingOrForeignFileIsAUsageError() throws Exception {
        var missing = Fixtures.cli("report", temp.resolve("nope.json").toString(), "--plugins-dir", plugins.toString());
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("nope.json: no such file"), missing.err());
        Path foreign = Files.writeString(temp.resolve("foreign.json"), "{\"hello\": [1, 2");
        var bad = Fixtures.cli("report", foreign.toString(), "--plugins-dir", plugins.toString());
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("foreign.json: not a benchctl result"), bad.err());
        assertFalse(bad.err().contains("\tat "), "no stack trace");
    }

    @Test
    void unknownReporterIsAUsageErrorWithSuggestion() throws Exception {
        var run = Fixtures.run(plugins, Fixtures.profile(temp, "[modules.sample]\n"), output, "--reporters", "jsn");
        assertEquals(2, run.exitCode(), run.all());
        assertTrue(
                run.err().contains("unknown reporter 'jsn'") && run.err().contains("did you mean 'json'?"), run.err());
    }

    private RunResult onlyResult() throws IOException {
        return ResultCodec.read(resultFile());
    }

    private Path resultFile() throws IOException {
        try (Stream<Path> files = Files.list(output)) {
            List<Path> results = files.filter(p -> p.toString().endsWith(".json") && !p.endsWith("latest.json"))
                    .toList();
            assertEquals(1, results.size(), results.toString());
            return results.get(0);
        }
    }

    static WorkloadResult test(RunResult result, String id) {
        return result.tests().stream()
                .filter(t -> t.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no test " + id + " in " + result.tests()));
    }
}
