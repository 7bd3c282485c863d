package io.benchctl.runtime.platform;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.benchctl.api.platform.Platform;
import org.apiguardian.api.API;

/**
 * One operating system's implementation of every capability benchctl takes from below the JDK.
 * {@link Platforms} chooses one per process; the runtime and, through
 * {@link #forWorkload(Warnings)}, the plugins use only that one.
 */
@API(status = INTERNAL, since = "1.3")
public interface PlatformLayer {

    /** {@code linux}, {@code macos} or {@code portable}: what the result's host block records. */
    String name();

    /** Pinning threads to CPUs. */
    ThreadAffinity affinity();

    /** The host's facts as the OS states them without OSHI. */
    HostProbes host();

    /**
     * The capabilities one workload may use; each fallback records its warning on that
     * workload through {@code warnings}.
     */
    Platform forWorkload(Warnings warnings);
}
