package io.benchctl.tests;

import static io.benchctl.tests.Fixtures.JSON_REPORTER;
import static io.benchctl.tests.Fixtures.TEST_PLUGIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.benchctl.api.result.RunResult;
import io.benchctl.api.result.WorkloadResult;
import io.benchctl.runtime.result.ResultCodec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Resource guardrails under a parallel schedule, proven from the recorded start and end times. */
class SchedulingTest {
    @TempDir
    Path temp;

    private static final String MODULES = "[modules.sleep_cpu]\nvariants = 2\n[modules.sleep_disk]\nvariants = 2\n";

    @Test
    void workloadsSharingAResourceNeverOverlapButOthersDo() throws Exception {
        RunResult result = run("--schedule", "parallel", "--max-parallel", "2");
        List<WorkloadResult> cpu = byModule(result, "sleep_cpu");
        List<WorkloadResult> disk = byModule(result, "sleep_disk");
        assertFalse(overlap(cpu.get(0), cpu.get(1)), "two cpu workloads ran at once");
        assertFalse(overlap(disk.get(0), disk.get(1)), "two disk workloads ran at once");
        assertTrue(
                overlap(cpu.get(0), disk.get(0))
                        || overlap(cpu.get(1), disk.get(1))
                        || overlap(cpu.get(0), disk.get(1))
                        || overlap(cpu.get(1), disk.get(0)),
                "a parallel schedule ran cpu and disk workloads side by side");
    }

    @Test
    void allowConflictsLetsSharedResourcesOverlap() throws Exception {
        RunResult result = run("--schedule", "parallel", "--max-parallel", "4", "--allow-conflicts");
        List<WorkloadResult> cpu = byModule(result, "sleep_cpu");
        assertTrue(overlap(cpu.get(0), cpu.get(1)), "with --allow-conflicts the cpu workloads overlap");
    }

    @Test
    void sequentialNeverOverlaps() throws Exception {
        List<WorkloadResult> tests = run().tests();
        for (int i = 1; i < tests.size(); i++) {
            assertFalse(overlap(tests.get(i - 1), tests.get(i)));
        }
    }

    private RunResult run(String... flags) throws Exception {
        Path plugins = Fixtures.pluginsDir(temp, TEST_PLUGIN, JSON_REPORTER);
        Path output = temp.resolve("results");
        Path profile = Files.writeString(temp.resolve("p.toml"), """
                [run]
                warmup = "0ms"
                duration = "300ms"
                cooldown = "0ms"
                iterations = 2
                """ + MODULES);
        var run = Fixtures.run(plugins, profile, output, flags);
        assertEquals(0, run.exitCode(), run.all());
        return ResultCodec.read(output.resolve("latest.json"));
    }

    private static List<WorkloadResult> byModule(RunResult result, String module) {
        return result.tests().stream().filter(t -> t.module().equals(module)).toList();
    }

    private static boolean overlap(WorkloadResult a, WorkloadResult b) {
        Instant aStart = Instant.parse(a.startedAt()), aEnd = Instant.parse(a.finishedAt());
        Instant bStart = Instant.parse(b.startedAt()), bEnd = Instant.parse(b.finishedAt());
        return aStart.isBefore(bEnd) && bStart.isBefore(aEnd);
    }
}
