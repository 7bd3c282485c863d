package io.benchctl.api.report;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** Where a workload is in its lifecycle. Terminal phases are DONE, FAILED and SKIPPED. */
@API(status = STABLE, since = "1.0")
public enum Phase {
    PENDING,
    INIT,
    WARMUP,
    RUNNING,
    COOLDOWN,
    DONE,
    FAILED,
    SKIPPED;

    public boolean isTerminal() {
        return this == DONE || this == FAILED || this == SKIPPED;
    }
}
