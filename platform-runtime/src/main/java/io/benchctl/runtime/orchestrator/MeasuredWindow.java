package io.benchctl.runtime.orchestrator;

import io.benchctl.api.report.Phase;
import io.benchctl.runtime.affinity.ThreadPinner;
import io.benchctl.runtime.conditions.ConditionsMonitor;

/**
 * Runs a workload's conditions monitor while its measured iterations run: from the phase change
 * into {@link Phase#RUNNING} to the change out of it, whatever drives the iterations (a fixed
 * count, a target interval, rounds), since each of them enters the phase the same way.
 */
final class MeasuredWindow {
    private final ConditionsMonitor monitor;
    private final ThreadPinner pinner;
    private final WorkloadScratch scratch;

    MeasuredWindow(ConditionsMonitor monitor, ThreadPinner pinner, WorkloadScratch scratch) {
        this.monitor = monitor;
        this.pinner = pinner;
        this.scratch = scratch;
    }

    void phaseChanged(Phase from, Phase to) {
        if (to == Phase.RUNNING) {
            monitor.start(pinner.pinnedCpus(), scratch::folders);
        } else if (from == Phase.RUNNING) {
            monitor.stop();
        }
    }

    void fact(String name, String value, String source) {
        monitor.fact(name, value, source);
    }
}
