package io.benchctl.api.result;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** How a workload ended. Serialised in lower case. */
@API(status = STABLE, since = "1.0")
public enum WorkloadStatus {
    OK,
    FAILED,
    SKIPPED
}
