package io.benchctl.runtime.cli;

/** Exit codes of PRODUCT.md §3. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int WORKLOAD_FAILED = 1;
    public static final int USAGE = 2;
    public static final int REGRESSION = 3;
    public static final int INTERRUPTED = 130;

    private ExitCodes() {}
}
