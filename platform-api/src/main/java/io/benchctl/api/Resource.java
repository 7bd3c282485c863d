package io.benchctl.api;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * A host resource a workload contends for. Under a parallel schedule two workloads that share a
 * resource never run at the same time (unless the user allows conflicts): like JUnit's
 * {@code ExclusiveResource}, contention is data, not code.
 */
@API(status = STABLE, since = "1.0")
public enum Resource {
    CPU("cpu"),
    MEMORY("memory"),
    DISK("disk"),
    NETWORK("network");

    private final String id;

    Resource(String id) {
        this.id = id;
    }

    /** The lower-case name used in profiles and results. */
    public String id() {
        return id;
    }
}
