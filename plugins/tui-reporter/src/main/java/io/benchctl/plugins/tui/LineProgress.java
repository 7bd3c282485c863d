package io.benchctl.plugins.tui;

import io.benchctl.api.report.Formats;
import io.benchctl.api.report.Phase;
import io.benchctl.api.report.RunListener;
import io.benchctl.api.report.RunPlan;
import io.benchctl.api.result.WarningInfo;
import io.benchctl.api.result.WorkloadResult;
import java.io.PrintStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Plain progress lines for logs, pipes and dumb terminals: no colour, no cursor movement, one
 * line per lifecycle step and measured iteration, {@code [3/8]} telling how far the run is. The
 * closing summary is printed by {@link TuiReporter#write}.
 */
final class LineProgress implements RunListener {

    private final PrintStream console;
    private final Map<String, Integer> positions = new HashMap<>();
    private int total;

    LineProgress(PrintStream console) {
        this.console = console;
    }

    @Override
    public synchronized void runStarted(RunPlan plan) {
        total = plan.workloadIds().size();
        List<String> ids = plan.workloadIds();
        for (int i = 0; i < ids.size(); i++) {
            positions.put(ids.get(i), i + 1);
        }
        Object host = plan.host() == null ? null : plan.host().get("hostname");
        console.println("benchctl: run " + plan.name() + " (" + plan.runId() + "): " + total + " workloads, about "
                + Formats.duration(nonNull(plan.estimatedDuration())) + (host == null ? "" : " on " + host));
    }

    @Override
    public synchronized void phaseChanged(String workloadId, Phase phase) {
        if (phase == Phase.WARMUP || phase == Phase.RUNNING || phase == Phase.COOLDOWN) {
            console.println(prefix(workloadId) + phase.name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    @Override
    public synchronized void iterationFinished(String workloadId, int iteration, Map<String, Double> values) {
        String figures = values.entrySet().stream()
                .map(e -> e.getKey() + " " + Formats.number(e.getValue()))
                .collect(Collectors.joining(", "));
        console.println(prefix(workloadId) + "iteration " + (iteration + 1) + ": " + figures);
    }

    @Override
    public synchronized void warning(String workloadId, WarningInfo warning) {
        console.println(Summary.warning(workloadId, warning).text());
    }

    @Override
    public synchronized void workloadFinished(WorkloadResult result) {
        console.println(position(result.id()) + Summary.workload(result).text());
    }

    private String prefix(String workloadId) {
        return position(workloadId) + workloadId + ": ";
    }

    private String position(String workloadId) {
        return "[" + positions.getOrDefault(workloadId, 0) + "/" + total + "] ";
    }

    private static Duration nonNull(Duration duration) {
        return duration == null ? Duration.ZERO : duration;
    }
}
