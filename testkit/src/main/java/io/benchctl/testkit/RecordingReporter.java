package io.benchctl.testkit;

import io.benchctl.api.report.Phase;
import io.benchctl.api.report.ReportContext;
import io.benchctl.api.report.Reporter;
import io.benchctl.api.report.RunListener;
import io.benchctl.api.report.RunPlan;
import io.benchctl.api.result.RunResult;
import io.benchctl.api.result.WarningInfo;
import io.benchctl.api.result.WorkloadResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A reporter whose listener keeps every event, so that a test sees exactly what a real reporter
 * would. It writes nothing.
 */
final class RecordingReporter implements Reporter, RunListener {
    static final String ID = "testkit-recorder";

    private final List<RunEvent> events = new ArrayList<>();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "records the run's events for ModuleTestKit";
    }

    @Override
    public RunListener listener(ReportContext context) {
        return this;
    }

    @Override
    public void write(RunResult result, ReportContext context) {}

    /** A copy, in arrival order. */
    synchronized List<RunEvent> events() {
        return List.copyOf(events);
    }

    private synchronized void add(RunEvent event) {
        events.add(event);
    }

    @Override
    public void runStarted(RunPlan plan) {
        add(new RunEvent.RunStarted(plan));
    }

    @Override
    public void phaseChanged(String workloadId, Phase phase) {
        add(new RunEvent.PhaseChanged(workloadId, phase));
    }

    @Override
    public void progress(String workloadId, Phase phase, double fractionDone, String message) {
        add(new RunEvent.Progress(workloadId, phase, fractionDone, message));
    }

    @Override
    public void iterationFinished(String workloadId, int iteration, Map<String, Double> values) {
        add(new RunEvent.IterationFinished(workloadId, iteration, Map.copyOf(values)));
    }

    @Override
    public void warning(String workloadId, WarningInfo warning) {
        add(new RunEvent.Warning(workloadId, warning));
    }

    @Override
    public void workloadFinished(WorkloadResult result) {
        add(new RunEvent.WorkloadFinished(result));
    }

    @Override
    public void runFinished(RunResult result) {
        add(new RunEvent.RunFinished(result));
    }
}
