package io.benchctl.api;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * Thrown by a {@link Workload} step when the workload cannot apply on this host (no GPU, no
 * permission to use direct I/O, a peer that is not configured). The runtime records the workload
 * as {@code skipped} with error code {@code skipped} and this exception's message as the reason,
 * instead of {@code failed}; the run's exit status is not affected. {@link Workload#close()} is
 * still called when {@link Workload#init} was.
 *
 * <p>Throw it from {@link Workload#init} before measuring: metrics recorded before the skip are
 * discarded.
 */
@API(status = STABLE, since = "1.0")
public class WorkloadSkippedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param reason shown to the user as the reason, e.g. {@code no GPU found} */
    public WorkloadSkippedException(String reason) {
        super(reason);
    }
}
