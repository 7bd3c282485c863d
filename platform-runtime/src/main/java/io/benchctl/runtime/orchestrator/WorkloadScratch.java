package io.benchctl.runtime.orchestrator;

import io.benchctl.api.ScratchSpace;
import io.benchctl.runtime.scratch.ScratchManager;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
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
    private final List<Path> folders = new CopyOnWriteArrayList<>();

    WorkloadScratch(ScratchManager manager, OutsideWrites outsideWrites, WorkloadWarnings warnings) {
        this.manager = manager;
        this.outsideWrites = outsideWrites;
        this.warnings = warnings;
    }

    @Override
    public Path allocate(Path parentDir, long bytesNeeded, long quotaBytes) throws IOException {
        Path folder = manager.allocate(parentDir, bytesNeeded, quotaBytes, this::warn);
        outsideWrites.scratchRoot(folder.getParent());
        folders.add(folder);
        return folder;
    }

    /** The folders allocated so far, in order: the conditions monitor watches their device. */
    List<Path> folders() {
        return List.copyOf(folders);
    }

    private void warn(String code, String message) {
        LOG.warn("{}: {}", code, message);
        warnings.warn(code, message);
    }
}
