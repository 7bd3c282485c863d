package io.benchctl.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.benchctl.api.report.Phase;
import io.benchctl.api.report.RunPlan;
import io.benchctl.api.result.RunResult;
import io.benchctl.api.result.WarningInfo;
import io.benchctl.api.result.WorkloadResult;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * One event a reporter's {@link io.benchctl.api.report.RunListener} received during a
 * {@link ModuleTestKit} run, in the order the runtime sent it. Each record mirrors one listener
 * method.
 */
@API(status = EXPERIMENTAL, since = "1.0")
public sealed interface RunEvent {

    /** {@code runStarted}: always the first event. */
    record RunStarted(RunPlan plan) implements RunEvent {}

    /** {@code phaseChanged}. */
    record PhaseChanged(String workloadId, Phase phase) implements RunEvent {}

    /** {@code progress}. */
    record Progress(String workloadId, Phase phase, double fractionDone, String message) implements RunEvent {}

    /** {@code iterationFinished}: metric name to this iteration's value. */
    record IterationFinished(String workloadId, int iteration, Map<String, Double> values) implements RunEvent {}

    /** {@code warning}. */
    record Warning(String workloadId, WarningInfo warning) implements RunEvent {}

    /** {@code workloadFinished}: the last event of its workload. */
    record WorkloadFinished(WorkloadResult result) implements RunEvent {}

    /** {@code runFinished}: always the last event. */
    record RunFinished(RunResult result) implements RunEvent {}
}
