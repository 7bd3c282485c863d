package io.benchctl.runtime.orchestrator;

import io.benchctl.api.Resource;
import io.benchctl.api.Settings;
import io.benchctl.api.Workload;
import java.util.Set;

/** A workload with what the scheduler and executor need to know about it. */
record PlannedWorkload(String moduleId, Workload workload, Set<Resource> resources, Settings settings) {
    String id() {
        return moduleId + "/" + workload.variant();
    }
}
