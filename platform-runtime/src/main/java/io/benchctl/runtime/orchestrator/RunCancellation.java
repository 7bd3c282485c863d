package io.benchctl.runtime.orchestrator;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.benchctl.api.CancellationToken;
import org.apiguardian.api.API;

/**
 * Cancellation of the whole run (SIGINT/SIGTERM), and of one workload (a step past its time
 * limit) through {@link #child()}.
 */
@API(status = INTERNAL, since = "1.0")
public final class RunCancellation implements CancellationToken {
    private final RunCancellation parent;
    private volatile boolean cancelled;

    public RunCancellation() {
        this(null);
    }

    private RunCancellation(RunCancellation parent) {
        this.parent = parent;
    }

    public void cancel() {
        cancelled = true;
    }

    /** A token cancelled by this one or by its own {@link #cancel()}. */
    public RunCancellation child() {
        return new RunCancellation(this);
    }

    @Override
    public boolean isCancelled() {
        return cancelled || (parent != null && parent.isCancelled());
    }
}
