package io.benchctl.runtime.orchestrator;

import io.benchctl.api.result.WarningInfo;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One workload's warnings, from the workload itself, its scratch space and its supervisor: each
 * distinct warning is kept once and sent to the reporters as it happens. Thread-safe: a workload
 * may warn from any of its threads.
 */
final class WorkloadWarnings {
    private final String workloadId;
    private final ListenerFanout listeners;
    private final Set<WarningInfo> seen = ConcurrentHashMap.newKeySet();
    private final List<WarningInfo> warnings = new CopyOnWriteArrayList<>();

    WorkloadWarnings(String workloadId, ListenerFanout listeners) {
        this.workloadId = workloadId;
        this.listeners = listeners;
    }

    void warn(String code, String message) {
        WarningInfo warning = new WarningInfo(code, message);
        if (seen.add(warning)) {
            warnings.add(warning);
            listeners.warning(workloadId, warning);
        }
    }

    /** The warnings so far, in the order they came. */
    List<WarningInfo> list() {
        return List.copyOf(warnings);
    }
}
