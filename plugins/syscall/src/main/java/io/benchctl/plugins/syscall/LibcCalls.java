package io.benchctl.plugins.syscall;

import io.benchctl.api.WorkloadSkippedException;
import java.lang.foreign.Linker;
import java.util.List;

/**
 * Whether the C library has the POSIX calls this module measures. Windows' does not (no
 * {@code pipe}, no {@code getppid}): there each workload is skipped with the reason rather than
 * failed by {@link Libc}'s class initialisation.
 */
final class LibcCalls {
    static final List<String> MEASURED = List.of("pipe", "read", "write", "close", "strerror", "getppid");

    private LibcCalls() {}

    /** @throws WorkloadSkippedException naming the first call the C library lacks */
    static void require() {
        var lookup = Linker.nativeLinker().defaultLookup();
        for (String name : MEASURED) {
            if (lookup.find(name).isEmpty()) {
                throw new WorkloadSkippedException("the C library has no " + name + " (a POSIX call this module"
                        + " measures), so there is nothing comparable to time on " + System.getProperty("os.name"));
            }
        }
    }
}
