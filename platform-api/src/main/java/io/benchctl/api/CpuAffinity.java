package io.benchctl.api;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * Pins measurement threads to distinct CPUs. What was applied is recorded in the workload's
 * result by the runtime.
 */
@API(status = STABLE, since = "1.0")
public interface CpuAffinity {

    /**
     * Pins the calling thread to the CPU assigned to measurement thread {@code threadIndex}
     * (distinct indexes get distinct CPUs while there are enough).
     *
     * @return the CPU the thread was pinned to, or -1 when pinning is off or unsupported here
     */
    int pinCurrentThread(int threadIndex);

    /** An affinity that never pins. */
    CpuAffinity NONE = threadIndex -> -1;
}
