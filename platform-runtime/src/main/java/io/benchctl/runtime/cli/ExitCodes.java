package io.benchctl.runtime.cli;

import io.benchctl.api.result.RunStatus;

/**
 * The exit codes every command keeps: 0 all workloads ok; 1 at least one workload (or reporter)
 * failed while the others still ran and were reported; 2 usage, profile or plugin-selection error
 * (nothing ran); 3 {@code baseline compare} found a regression; 130 interrupted by SIGINT or
 * SIGTERM, with what finished still written.
 *
 * <p>The codes a run can end with (0, 1, 130) are {@link RunStatus}'s, defined there once; this
 * class adds the codes of the commands that end before or beside a run (2, 3).
 */
public final class ExitCodes {
    public static final int OK = RunStatus.OK.exitCode();
    public static final int WORKLOAD_FAILED = RunStatus.FAILED.exitCode();
    public static final int USAGE = 2;
    public static final int REGRESSION = 3;
    public static final int INTERRUPTED = RunStatus.INTERRUPTED.exitCode();

    private ExitCodes() {}
}
