package io.benchctl.plugins.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.benchctl.api.result.RunResult;
import io.benchctl.api.result.WarningInfo;
import io.benchctl.api.result.WorkloadResult;
import io.benchctl.testkit.reporter.SampleRun;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryTest {

    @Test
    void theClosingSummaryPutsOneLinePerWarningCodeUnderItsWorkload() {
        RunResult sample = SampleRun.result();
        WorkloadResult cpu = sample.tests().getFirst();
        WorkloadResult warned = new WorkloadResult(
                cpu.id(),
                cpu.module(),
                cpu.variant(),
                cpu.status(),
                null,
                List.of(
                        new WarningInfo("noisy-host", "ops_per_second varied by 7.1%"),
                        new WarningInfo("ci-min-max", "only 3 iterations"),
                        new WarningInfo("noisy-host", "ops_per_second[thread 1] varied by 9.0%")),
                cpu.metrics(),
                cpu.pinnedCpus(),
                cpu.startedAt(),
                cpu.finishedAt());
        RunResult run = new RunResult(
                sample.schemaVersion(),
                sample.runId(),
                sample.name(),
                sample.status(),
                sample.startedAt(),
                sample.finishedAt(),
                sample.benchctl(),
                sample.host(),
                sample.profile(),
                List.of(warned, sample.tests().get(1)));
        List<String> lines = Summary.run(run).stream().map(Summary.Line::text).toList();
        assertEquals(
                List.of(
                        Summary.workload(warned).text(),
                        "warning  cpu/int: noisy-host on ops_per_second, ops_per_second [thread 1]: "
                                + "ops_per_second varied by 7.1% · ops_per_second[thread 1] varied by 9.0%",
                        "warning  cpu/int: ci-min-max: only 3 iterations",
                        Summary.workload(sample.tests().get(1)).text()),
                lines.subList(1, 5));
    }
}
