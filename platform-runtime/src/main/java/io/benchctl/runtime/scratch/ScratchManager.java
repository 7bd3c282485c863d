package io.benchctl.runtime.scratch;

import io.benchctl.api.ScratchSpace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;

/** Interim stand-in (replaced by the scratch-space manager). */
public final class ScratchManager implements ScratchSpace, AutoCloseable {
    private final String runId;

    public ScratchManager(String runId, BiConsumer<String, String> warn) {
        this.runId = runId;
    }

    @Override
    public Path allocate(Path parentDir, long bytesNeeded, long quotaBytes) throws IOException {
        return Files.createDirectories(parentDir.resolve("benchctl-" + runId));
    }

    public List<Path> sweepStale(Path parentDir) {
        return List.of();
    }

    public void release() {}

    @Override
    public void close() {
        release();
    }
}
