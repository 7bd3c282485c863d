package io.benchctl.api;

import static org.apiguardian.api.API.Status.STABLE;

import java.io.IOException;
import java.nio.file.Path;
import org.apiguardian.api.API;

/**
 * Per-run scratch folders. A workload writes files only inside a folder from here; the runtime
 * removes it when the workload ends, fails or is interrupted, and removes folders left by killed
 * runs on the next start.
 */
@API(status = STABLE, since = "1.0")
public interface ScratchSpace {

    /**
     * Creates (or returns) this run's folder {@code benchctl-<runId>/} under {@code parentDir},
     * after checking that {@code bytesNeeded} fits both {@code quotaBytes} and the free space
     * minus a safety margin.
     *
     * @throws IOException with a message giving the numbers when the space does not fit, or when
     *     the parent is missing or not writable
     */
    Path allocate(Path parentDir, long bytesNeeded, long quotaBytes) throws IOException;
}
