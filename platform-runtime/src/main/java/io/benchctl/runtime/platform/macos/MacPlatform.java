package io.benchctl.runtime.platform.macos;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.benchctl.api.platform.Platform;
import io.benchctl.runtime.platform.HostProbes;
import io.benchctl.runtime.platform.NoPageCache;
import io.benchctl.runtime.platform.PlatformLayer;
import io.benchctl.runtime.platform.ThreadAffinity;
import io.benchctl.runtime.platform.Warnings;
import io.benchctl.runtime.platform.WorkloadPlatform;
import java.lang.foreign.Linker;
import java.lang.foreign.SymbolLookup;
import org.apiguardian.api.API;

/** The macOS layer: the default on macOS. */
@API(status = INTERNAL, since = "1.3")
public final class MacPlatform implements PlatformLayer {
    public static final String NAME = "macos";

    private final MacLibc libc;
    private final MacHostProbes host;
    private final MacSocketFacts sockets;

    /** Through the native linker's lookup of libSystem. */
    public MacPlatform() {
        this(Linker.nativeLinker().defaultLookup());
    }

    /** Through {@code lookup}: tests pass one that lacks symbols to see each fallback. */
    public MacPlatform(SymbolLookup lookup) {
        this.libc = new MacLibc(lookup);
        this.host = new MacHostProbes(libc);
        this.sockets = new MacSocketFacts(host);
    }

    @Override
    public String name() {
        return NAME;
    }

    /** Darwin's {@code thread_policy_set} affinity tags are hints to co-locate, not a CPU binding. */
    @Override
    public ThreadAffinity affinity() {
        return ThreadAffinity.unavailable(
                "macOS binds no thread to a CPU (its affinity tags are scheduling hints), so threads run unpinned");
    }

    @Override
    public HostProbes host() {
        return host;
    }

    @Override
    public Platform forWorkload(Warnings warnings) {
        return new WorkloadPlatform(
                NAME,
                new MacFileIo(libc, warnings),
                new NoPageCache("macOS has no fadvise call to drop or hint a file's cached pages", warnings),
                sockets);
    }
}
