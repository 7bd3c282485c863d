package io.benchctl.runtime.platform.linux;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.benchctl.api.platform.Platform;
import io.benchctl.runtime.platform.HostProbes;
import io.benchctl.runtime.platform.PlatformLayer;
import io.benchctl.runtime.platform.ThreadAffinity;
import io.benchctl.runtime.platform.Warnings;
import io.benchctl.runtime.platform.WorkloadPlatform;
import org.apiguardian.api.API;

/** The Linux layer: the default on Linux. */
@API(status = INTERNAL, since = "1.3")
public final class LinuxPlatform implements PlatformLayer {
    public static final String NAME = "linux";

    private final ThreadAffinity affinity = new LinuxSchedAffinity();
    private final HostProbes host = new LinuxHostProbes();
    private final LinuxPageCache pageCache = new LinuxPageCache();
    private final LinuxSocketFacts sockets = new LinuxSocketFacts();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ThreadAffinity affinity() {
        return affinity;
    }

    @Override
    public HostProbes host() {
        return host;
    }

    @Override
    public Platform forWorkload(Warnings warnings) {
        return new WorkloadPlatform(NAME, new LinuxFileIo(warnings), pageCache, sockets);
    }
}
