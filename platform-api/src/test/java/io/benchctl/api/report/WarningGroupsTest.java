package io.benchctl.api.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.benchctl.api.Better;
import io.benchctl.api.result.MetricResult;
import io.benchctl.api.result.RunResult;
import io.benchctl.api.result.WarningInfo;
import io.benchctl.api.result.WorkloadResult;
import io.benchctl.api.result.WorkloadStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WarningGroupsTest {

    private static final List<MetricResult> METRICS = List.of(
            metric("ops_per_second", null),
            metric("ops_per_second", 0),
            metric("ops_per_second", 1),
            metric("latency", null),
            metric("latency_p99", null));

    @Test
    void oneGroupPerCodeNamingTheMetricsItsMessagesName() {
        List<WarningGroups.Group> groups = WarningGroups.of(
                List.of(
                        new WarningInfo("noisy-host", "ops_per_second varied by 7.0% (coefficient of variation)"),
                        new WarningInfo("ci-min-max", "only 3 iterations: the 95% CI is min..max"),
                        new WarningInfo("noisy-host", "latency_p99 varied by 9.1%"),
                        new WarningInfo("noisy-host", "ops_per_second[thread 1] varied by 12.0%"),
                        new WarningInfo("steal", "CPU steal 4% while latency and ops_per_second [thread 0] ran")),
                METRICS);
        assertEquals(
                List.of(
                        new WarningGroups.Group(
                                "noisy-host",
                                List.of("ops_per_second", "latency_p99", "ops_per_second [thread 1]"),
                                List.of(
                                        "ops_per_second varied by 7.0% (coefficient of variation)",
                                        "latency_p99 varied by 9.1%", "ops_per_second[thread 1] varied by 12.0%")),
                        new WarningGroups.Group(
                                "ci-min-max", List.of(), List.of("only 3 iterations: the 95% CI is min..max")),
                        new WarningGroups.Group(
                                "steal",
                                List.of("ops_per_second [thread 0]", "latency"),
                                List.of("CPU steal 4% while latency and ops_per_second [thread 0] ran"))),
                groups);
    }

    @Test
    void theTallyCountsWarningsPerCodeAndTheLinesTheyTake() {
        RunResult run = new RunResult(
                RunResult.SCHEMA_VERSION,
                "r",
                "run",
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(
                        test("cpu/a", new WarningInfo("noisy-host", "x"), new WarningInfo("noisy-host", "y")),
                        test("cpu/b"),
                        test("cpu/c", new WarningInfo("ci-min-max", "z"), new WarningInfo("noisy-host", "w"))));
        WarningGroups.Tally tally = WarningGroups.tally(run);
        assertEquals(4, tally.warnings());
        assertEquals(3, tally.groups());
        assertEquals(List.of("cpu/a", "cpu/c"), tally.workloads());
        assertEquals(Map.of("noisy-host", 3, "ci-min-max", 1), tally.byCode());
        assertEquals("noisy-host ×3, ci-min-max ×1", tally.codes());
    }

    private static WorkloadResult test(String id, WarningInfo... warnings) {
        return new WorkloadResult(
                id, "cpu", id.substring(4), WorkloadStatus.OK, null, List.of(warnings), METRICS, List.of(), null, null);
    }

    private static MetricResult metric(String name, Integer thread) {
        return new MetricResult(name, "ops/s", Better.HIGHER, thread, 1, 1, List.of(1.0), null, null);
    }
}
