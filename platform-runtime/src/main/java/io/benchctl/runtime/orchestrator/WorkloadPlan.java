package io.benchctl.runtime.orchestrator;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.benchctl.api.result.WorkloadResult;
import java.util.List;
import org.apiguardian.api.API;

/**
 * What {@link RunOrchestrator#plan()} made of a profile, immutable: the workloads to run, in plan
 * order, and a failed result for each module or variant that could not be planned (a module that
 * threw, a variant planned twice). {@link RunOrchestrator#execute(WorkloadPlan)} runs it.
 */
@API(status = INTERNAL, since = "1.0")
public final class WorkloadPlan {
    private final List<PlannedWorkload> workloads;
    private final List<WorkloadResult> failures;

    WorkloadPlan(List<PlannedWorkload> workloads, List<WorkloadResult> failures) {
        this.workloads = List.copyOf(workloads);
        this.failures = List.copyOf(failures);
    }

    List<PlannedWorkload> workloads() {
        return workloads;
    }

    /** The ids ({@code module/variant}) of the workloads to run, in plan order. */
    public List<String> workloadIds() {
        return workloads.stream().map(PlannedWorkload::id).toList();
    }

    /** One failed result per module or variant that could not be planned; each fails the run. */
    public List<WorkloadResult> failures() {
        return failures;
    }
}
