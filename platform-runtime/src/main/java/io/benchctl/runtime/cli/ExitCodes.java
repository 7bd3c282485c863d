package io.benchctl.runtime.cli;

/**
 * The exit codes every command keeps: 0 all workloads ok; 1 at least one workload (or reporter)
 * failed while the others still ran and were reported; 2 usage, profile or plugin-selection error
 * (nothing ran); 3 {@code baseline compare} found a regression; 130 interrupted by SIGINT or
 * SIGTERM, with what finished still written.
 */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int WORKLOAD_FAILED = 1;
    public static final int USAGE = 2;
    public static final int REGRESSION = 3;
    public static final int INTERRUPTED = 130;

    private ExitCodes() {}
}
