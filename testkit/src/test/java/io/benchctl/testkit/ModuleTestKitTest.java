package io.benchctl.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.benchctl.api.HostFacts;
import io.benchctl.api.report.Phase;
import io.benchctl.api.report.ReportContext;
import io.benchctl.api.report.Reporter;
import io.benchctl.api.result.ErrorCode;
import io.benchctl.api.result.MetricResult;
import io.benchctl.api.result.RunResult;
import io.benchctl.api.result.RunStatus;
import io.benchctl.api.result.WorkloadResult;
import io.benchctl.api.result.WorkloadStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModuleTestKitTest {
    /** SumModule's default length on this host. */
    private static final long DEFAULT_LENGTH = 512L * Runtime.getRuntime().availableProcessors();

    @Test
    void runsEveryWorkloadThroughTheLifecycleWithStatistics() {
        ModuleRun run = ModuleTestKit.forModule(new SumModule())
                .set("lengths", List.of(8L, 4096L))
                .iterations(4)
                .run();

        assertEquals(0, run.exitCode());
        assertEquals(
                List.of("sum/n8", "sum/n4096"),
                run.tests().stream().map(WorkloadResult::id).toList());
        MetricResult rate = run.metric("n4096", "sums_per_second");
        assertEquals(4, rate.samples().size());
        assertEquals(4, rate.stats().n());
        assertTrue(rate.value() > 0
                && rate.stats().min() <= rate.value()
                && rate.value() <= rate.stats().max());
        assertEquals(List.of(Phase.INIT, Phase.WARMUP, Phase.RUNNING, Phase.COOLDOWN, Phase.DONE), run.phases("n4096"));
        assertEquals(
                4,
                run.events(RunEvent.IterationFinished.class).stream()
                        .filter(e -> e.workloadId().equals("sum/n4096"))
                        .count());
    }

    @Test
    void eventsArriveInContractOrder() {
        ModuleRun run = ModuleTestKit.forModule(new SumModule())
                .set("lengths", List.of(8L))
                .run();

        List<RunEvent> events = run.events();
        assertInstanceOf(RunEvent.RunStarted.class, events.getFirst());
        assertEquals(
                List.of("sum/n8"),
                ((RunEvent.RunStarted) events.getFirst()).plan().workloadIds());
        assertInstanceOf(RunEvent.RunFinished.class, events.getLast());
        RunEvent.WorkloadFinished finished = (RunEvent.WorkloadFinished) events.get(events.size() - 2);
        assertEquals(WorkloadStatus.OK, finished.result().status());
        RunEvent.Warning warning = run.events(RunEvent.Warning.class).getFirst();
        assertEquals("tiny-array", warning.warning().code());
        assertEquals("tiny-array", run.test("n8").warnings().getFirst().code());
    }

    @Test
    void settingsAreValidatedAgainstTheModuleSchema() {
        IllegalArgumentException misspelt = assertThrows(
                IllegalArgumentException.class,
                () -> ModuleTestKit.forModule(new SumModule())
                        .set("lenghts", List.of(8L))
                        .run());
        assertTrue(misspelt.getMessage().startsWith("modules.sum.lenghts: expected "), misspelt.getMessage());
        assertTrue(misspelt.getMessage().endsWith("(did you mean 'lengths'?)"), misspelt.getMessage());

        IllegalArgumentException outOfRange = assertThrows(
                IllegalArgumentException.class,
                () -> ModuleTestKit.forModule(new SumModule())
                        .set("lengths", List.of(0L))
                        .run());
        assertTrue(outOfRange.getMessage().contains("lengths"), outOfRange.getMessage());
    }

    @Test
    void aPlanThatRejectsItsSettingsThrowsTheModulesMessage() {
        IllegalArgumentException rejected = assertThrows(
                IllegalArgumentException.class,
                () -> ModuleTestKit.forModule(new SumModule())
                        .set("lengths", List.of(2_000_000L))
                        .run());
        assertTrue(rejected.getMessage().contains("do not fit the test heap"), rejected.getMessage());
    }

    @Test
    void defaultsAndPlanSeeTheHostFactsGiven() {
        HostFacts bigHost = new HostFacts("linux", 64, 32, 48 << 10, 2 << 20, 256L << 20, 512L << 30);
        ModuleRun run = ModuleTestKit.forModule(new SumModule()).host(bigHost).run();

        assertEquals(
                List.of("sum/n32768"),
                run.tests().stream().map(WorkloadResult::id).toList());
        assertEquals(WorkloadStatus.OK, run.test("n32768").status());
    }

    @Test
    void aFailingWorkloadIsAResultNotAnException() {
        ModuleRun run = ModuleTestKit.forModule(new SumModule())
                .set("behaviour", "fail-in-run")
                .warmup(Duration.ZERO)
                .run();

        assertEquals(1, run.exitCode());
        WorkloadResult test = run.test("n" + DEFAULT_LENGTH);
        assertEquals(WorkloadStatus.FAILED, test.status());
        assertEquals(Phase.RUNNING, test.error().phase());
        assertEquals("the sum overflowed", test.error().message());
        assertEquals(Phase.FAILED, run.phases("n" + DEFAULT_LENGTH).getLast());
    }

    @Test
    void aWorkloadSkippedExceptionMakesTheWorkloadSkippedWithItsReason() {
        ModuleRun run = ModuleTestKit.forModule(new SumModule())
                .set("behaviour", "skip-in-init")
                .run();

        assertEquals(0, run.exitCode());
        WorkloadResult test = run.test("n" + DEFAULT_LENGTH);
        assertEquals(WorkloadStatus.SKIPPED, test.status());
        assertEquals(ErrorCode.SKIPPED, test.error().code());
        assertEquals(Phase.INIT, test.error().phase());
        assertEquals("nothing to sum on this host", test.error().message());
        assertTrue(test.metrics().isEmpty());
        assertEquals(List.of(Phase.INIT, Phase.SKIPPED), run.phases("n" + DEFAULT_LENGTH));
        assertEquals(RunStatus.OK, run.result().status());
    }

    @Test
    void theKitsPhaseTimeoutIsTheRuntimesTimeLimit() {
        ModuleRun run = ModuleTestKit.forModule(new SumModule())
                .set("behaviour", "hang-in-run")
                .warmup(Duration.ZERO)
                .iterationDuration(Duration.ofMillis(50))
                .phaseTimeout(Duration.ofMillis(100))
                .run();

        WorkloadResult test = run.test("n" + DEFAULT_LENGTH);
        assertEquals(WorkloadStatus.FAILED, test.status());
        assertEquals(ErrorCode.TIMEOUT, test.error().code());
        assertEquals("the run step did not finish within 150ms", test.error().message());
    }

    @Test
    void reportersGetTheRunAndWriteIntoTheChosenFolder(@TempDir Path output) throws IOException {
        Reporter lines = new Reporter() {
            @Override
            public String id() {
                return "lines";
            }

            @Override
            public String description() {
                return "one line per workload";
            }

            @Override
            public void write(RunResult result, ReportContext context) throws IOException {
                String text = String.join(
                        "\n",
                        result.tests().stream()
                                .map(t -> t.id() + " " + t.status())
                                .toList());
                context.writeAtomically("lines.txt", text.getBytes(StandardCharsets.UTF_8));
            }
        };
        ModuleRun run = ModuleTestKit.forModule(new SumModule())
                .reporter(lines)
                .outputDirectory(output)
                .run();

        assertEquals("sum/n" + DEFAULT_LENGTH + " OK", Files.readString(output.resolve("lines.txt")));
        assertEquals(output, run.outputDirectory());
        assertTrue(
                Files.exists(output.resolve(run.result().runId() + ".jsonl")),
                "the journal is written beside the reports");
    }

    @Test
    void withoutAChosenFolderNothingIsLeftBehind() throws IOException {
        ModuleRun run = ModuleTestKit.forModule(new SumModule()).run();

        assertNull(run.outputDirectory());
        String journal = run.result().runId() + ".jsonl";
        try (var folders = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            List<Path> left = folders.filter(p -> p.getFileName().toString().startsWith("benchctl-testkit-"))
                    .filter(p -> Files.exists(p.resolve(journal)))
                    .toList();
            assertEquals(List.of(), left);
        }
    }
}
