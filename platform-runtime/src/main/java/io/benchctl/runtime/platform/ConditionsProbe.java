package io.benchctl.runtime.platform;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.nio.file.Path;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Reads the host's conditions (CPU steal, other processes' CPU time, frequency, throttling, swap,
 * disk and network counters) for the conditions monitor. Implementations are thread-safe; each
 * session they open is used by one thread.
 */
@API(status = INTERNAL, since = "1.3")
public interface ConditionsProbe {

    /**
     * Starts watching.
     *
     * @param cpus the CPUs the workload's threads are pinned to; empty for all online CPUs
     * @param scratchFolders the folders the workload's scratch space is in; empty when it has none
     */
    ConditionsSession open(List<Integer> cpus, List<Path> scratchFolders);
}
