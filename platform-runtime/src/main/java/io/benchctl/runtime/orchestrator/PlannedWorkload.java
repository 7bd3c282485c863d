package io.benchctl.runtime.orchestrator;

import io.benchctl.api.Resource;
import io.benchctl.api.Settings;
import io.benchctl.api.Workload;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A workload with what the scheduler and executor need to know about it.
 *
 * @param again plans the same variant anew: a fresh instance for a later round, since a workload's
 *     contract is one init and one close
 */
record PlannedWorkload(
        String moduleId, Workload workload, Set<Resource> resources, Settings settings, Supplier<Workload> again) {
    String id() {
        return moduleId + "/" + workload.variant();
    }

    /** This workload with a fresh instance from {@link #again}. */
    PlannedWorkload replanned() {
        Workload fresh = again.get();
        return new PlannedWorkload(moduleId, fresh, resources, settings, again);
    }
}
