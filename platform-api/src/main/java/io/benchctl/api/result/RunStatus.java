package io.benchctl.api.result;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * How a whole run ended, with the exit code {@code benchctl run} returns for it. Serialised in
 * lower case ({@code ok}, {@code failed}, {@code interrupted}), like {@link WorkloadStatus}.
 */
@API(status = STABLE, since = "1.0")
public enum RunStatus {
    /** Every workload finished ok or was skipped. */
    OK(0),
    /** A workload failed (or, for the exit code only, a reporter could not write its output). */
    FAILED(1),
    /** The user interrupted the run (Ctrl-C, SIGTERM); what finished is still written. */
    INTERRUPTED(130);

    private final int exitCode;

    RunStatus(int exitCode) {
        this.exitCode = exitCode;
    }

    /** The process exit code for a run that ended this way: 0, 1 or 130. */
    public int exitCode() {
        return exitCode;
    }
}
