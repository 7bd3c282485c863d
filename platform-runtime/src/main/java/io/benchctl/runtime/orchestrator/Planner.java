package io.benchctl.runtime.orchestrator;

import io.benchctl.api.HostFacts;
import io.benchctl.api.Settings;
import io.benchctl.api.Workload;
import io.benchctl.api.report.Phase;
import io.benchctl.api.result.ErrorCode;
import io.benchctl.api.result.ErrorInfo;
import io.benchctl.api.result.WorkloadResult;
import io.benchctl.api.result.WorkloadStatus;
import io.benchctl.runtime.plugins.LoadedModule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/** Expands every module's settings into workloads: the {@link WorkloadPlan} of a request. */
final class Planner {
    private final HostFacts facts;
    private final List<PlannedWorkload> workloads = new ArrayList<>();
    private final List<WorkloadResult> failures = new ArrayList<>();

    private Planner(HostFacts facts) {
        this.facts = facts;
    }

    /**
     * @throws PlanException when a module rejects its settings (IllegalArgumentException)
     */
    static WorkloadPlan plan(RunRequest request) throws PlanException {
        Planner planner = new Planner(request.facts());
        for (Map.Entry<String, Settings> entry : request.profile().modules().entrySet()) {
            planner.add(request.modules().get(entry.getKey()), entry.getValue());
        }
        return new WorkloadPlan(planner.workloads, planner.failures);
    }

    private void add(LoadedModule loaded, Settings settings) throws PlanException {
        String moduleId = loaded.module().id();
        List<Workload> planned;
        try {
            planned = loaded.module().plan(settings, facts);
        } catch (IllegalArgumentException e) {
            throw new PlanException("[modules." + moduleId + "] " + e.getMessage());
        } catch (RuntimeException | LinkageError e) {
            failures.add(failed(
                    moduleId, "*", new ErrorInfo(ErrorCode.EXCEPTION, Phase.PLAN, WorkloadExecutor.describe(e))));
            return;
        }
        Set<String> variants = new HashSet<>();
        for (Workload workload : planned) {
            if (!variants.add(workload.variant())) {
                failures.add(failed(
                        moduleId,
                        workload.variant(),
                        new ErrorInfo(
                                ErrorCode.EXCEPTION,
                                Phase.PLAN,
                                "module '" + moduleId + "' planned the variant '" + workload.variant() + "' twice")));
                continue;
            }
            workloads.add(new PlannedWorkload(
                    moduleId, workload, loaded.module().resources(), settings, again(loaded, settings, workload)));
        }
    }

    private Supplier<Workload> again(LoadedModule loaded, Settings settings, Workload workload) {
        String variant = workload.variant();
        return () -> loaded.module().plan(settings, facts).stream()
                .filter(candidate -> candidate.variant().equals(variant))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "module '" + loaded.module().id() + "' no longer plans the variant '" + variant + "'"));
    }

    private static WorkloadResult failed(String moduleId, String variant, ErrorInfo error) {
        return notRun(moduleId, variant, WorkloadStatus.FAILED, error);
    }

    /** The result of a workload that never ran (its plan failed, or the run was interrupted first). */
    static WorkloadResult notRun(String moduleId, String variant, WorkloadStatus status, ErrorInfo error) {
        String now = Instant.now().toString();
        return new WorkloadResult(
                moduleId + "/" + variant, moduleId, variant, status, error, List.of(), List.of(), List.of(), now, now);
    }
}
