package io.benchctl.plugins.tui;

import io.benchctl.api.report.Phase;
import io.benchctl.api.report.RunPlan;
import io.benchctl.api.result.RunResult;
import io.benchctl.api.result.WarningInfo;
import io.benchctl.api.result.WorkloadResult;
import io.benchctl.api.result.WorkloadStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * What the dashboard knows about the run, fed by listener events from any thread and read by the
 * render thread. Every method is short and synchronized: listeners must never block a run.
 */
final class RunState {

    /** A warning as it arrived, for the scrollback. */
    record Warning(String workloadId, WarningInfo info) {}

    /** A consistent copy for one frame. */
    record Snapshot(RunPlan plan, Duration elapsed, List<WorkloadState> workloads, RunResult finalResult) {}

    /** Lines the status area keeps for warning banners under the workloads' cards. */
    static final int BANNER_LINES = 2;

    private final LongSupplier nanoClock;
    private final Map<String, WorkloadState> workloads = new LinkedHashMap<>();
    /** Lines for the scrollback, in arrival order: finished workloads and warnings. */
    private final List<Object> scrollback = new ArrayList<>();

    private RunPlan plan;
    private long startNanos;
    private RunResult finalResult;

    RunState(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
    }

    synchronized void started(RunPlan runPlan) {
        plan = runPlan;
        startNanos = nanoClock.getAsLong();
        runPlan.workloadIds().forEach(id -> workloads.put(id, WorkloadState.pending(id)));
    }

    synchronized void phase(String id, Phase phase) {
        workloads.put(id, get(id).withPhase(phase));
    }

    synchronized void progress(String id, Phase phase, double fraction, String message) {
        workloads.put(id, get(id).withProgress(phase, fraction, message));
    }

    synchronized void values(String id, Map<String, Double> values) {
        workloads.put(id, get(id).withValues(values));
    }

    synchronized void warning(String id, WarningInfo info) {
        workloads.put(id, get(id).withWarning(info));
        scrollback.add(new Warning(id, info));
    }

    synchronized void finished(WorkloadResult result) {
        Phase phase = result.status() == WorkloadStatus.OK
                ? Phase.DONE
                : result.status() == WorkloadStatus.FAILED ? Phase.FAILED : Phase.SKIPPED;
        workloads.put(result.id(), get(result.id()).finished(result, phase));
        scrollback.add(result);
    }

    synchronized void runFinished(RunResult result) {
        finalResult = result;
    }

    /** Scrollback items not yet printed ({@link Warning} or {@link WorkloadResult}); empties the queue. */
    synchronized List<Object> drainScrollback() {
        List<Object> drained = List.copyOf(scrollback);
        scrollback.clear();
        return drained;
    }

    synchronized Snapshot snapshot() {
        Duration elapsed = plan == null ? Duration.ZERO : Duration.ofNanos(nanoClock.getAsLong() - startNanos);
        return new Snapshot(plan, elapsed, List.copyOf(workloads.values()), finalResult);
    }

    private WorkloadState get(String id) {
        return workloads.computeIfAbsent(id, WorkloadState::pending);
    }
}
