package io.benchctl.plugins.tui;

import io.benchctl.api.report.Phase;
import io.benchctl.api.report.WarningGroups;
import io.benchctl.api.result.WarningInfo;
import io.benchctl.api.result.WorkloadResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One workload as the dashboard knows it at one moment (immutable; the run state swaps
 * instances).
 *
 * @param phaseFraction progress within the current phase, 0..1
 * @param lastValues the values of the last finished iteration (metric name → value)
 * @param warnings the warnings raised so far, in arrival order
 * @param result set once the workload finished
 */
record WorkloadState(
        String id,
        Phase phase,
        double phaseFraction,
        String message,
        Map<String, Double> lastValues,
        List<WarningInfo> warnings,
        WorkloadResult result) {

    static WorkloadState pending(String id) {
        return new WorkloadState(id, Phase.PENDING, 0, "", Map.of(), List.of(), null);
    }

    WorkloadState withPhase(Phase newPhase) {
        return new WorkloadState(id, newPhase, 0, newPhase == phase ? message : "", lastValues, warnings, result);
    }

    WorkloadState withProgress(Phase newPhase, double fraction, String newMessage) {
        return new WorkloadState(
                id, newPhase, clamp(fraction), newMessage == null ? "" : newMessage, lastValues, warnings, result);
    }

    WorkloadState withValues(Map<String, Double> values) {
        return new WorkloadState(id, phase, phaseFraction, message, Map.copyOf(values), warnings, result);
    }

    WorkloadState finished(WorkloadResult finalResult, Phase finalPhase) {
        List<WarningInfo> all = finalResult.warnings() == null ? warnings : List.copyOf(finalResult.warnings());
        return new WorkloadState(id, finalPhase, 1, message, lastValues, all, finalResult);
    }

    WorkloadState withWarning(WarningInfo warning) {
        if (warnings.contains(warning)) {
            return this;
        }
        List<WarningInfo> more = new ArrayList<>(warnings);
        more.add(warning);
        return new WorkloadState(id, phase, phaseFraction, message, lastValues, List.copyOf(more), result);
    }

    /** One banner per warning code; the metrics it touches are known once the workload finished. */
    List<WarningGroups.Group> banners() {
        return WarningGroups.of(warnings, result == null ? List.of() : result.metrics());
    }

    /**
     * How far the whole workload is, 0..1, with fixed shares per phase (init+warmup 20%, the
     * measured iterations 70%, cooldown 10%): a guide for the bar and the ETA, not a timing.
     */
    double overallFraction() {
        return switch (phase) {
            case PLAN, PENDING -> 0;
            case INIT -> 0.02;
            case WARMUP -> 0.02 + 0.18 * phaseFraction;
            case RUNNING -> 0.2 + 0.7 * phaseFraction;
            case COOLDOWN -> 0.9 + 0.1 * phaseFraction;
            case CLOSE, DONE, FAILED, SKIPPED -> 1;
        };
    }

    boolean active() {
        return !phase.isTerminal() && phase != Phase.PENDING;
    }

    private static double clamp(double fraction) {
        return Double.isFinite(fraction) ? Math.max(0, Math.min(1, fraction)) : 0;
    }
}
