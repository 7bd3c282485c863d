package io.benchctl.runtime.orchestrator;

import io.benchctl.api.ScratchSpace;
import io.benchctl.runtime.scratch.ScratchManager;
import java.io.IOException;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One workload's view of the run's scratch space. What the manager reports while allocating for
 * it (a stale folder swept, say) becomes this workload's warning, so reporters show it, not just
 * the log; and the folder each allocation lands in is watched for writes beside it.
 */
final class WorkloadScratch implements ScratchSpace {
    private static final Logger LOG = LoggerFactory.getLogger(WorkloadScratch.class);

    private final ScratchManager manager;
    private final OutsideWrites outsideWrites;
    private final WorkloadWarnings warnings;

    WorkloadScratch(ScratchManager manager, OutsideWrites outsideWrites, WorkloadWarnings warnings) {
        this.manager = manager;
        this.outsideWrites = outsideWrites;
        this.warnings = warnings;
    }

    @Override
    public Path allocate(Path parentDir, long bytesNeeded, long quotaBytes) throws IOException {
        Path folder = manager.allocate(parentDir, bytesNeeded, quotaBytes, this::warn);
        outsideWrites.scratchRoot(folder.getParent());
        return folder;
    }

    private void warn(String code, String message) {
        LOG.warn("{}: {}", code, message);
        warnings.warn(code, message);
    }
}
