package io.benchctl.runtime.platform.linux;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.benchctl.api.platform.Platform;
import io.benchctl.runtime.platform.HostProbes;
import io.benchctl.runtime.platform.PlatformLayer;
import io.benchctl.runtime.platform.ThreadAffinity;
import io.benchctl.runtime.platform.Warnings;
import io.benchctl.runtime.platform.WorkloadPlatform;
import org.apiguardian.api.API;

/**
 * The Linux layer: the default on Linux. Its FFM downcalls are looked up when a class that makes
 * them is first used, not when the layer is chosen: host facts for planning come first and must
 * stay a few milliseconds (adr/0010).
 */
@API(status = INTERNAL, since = "1.3")
public final class LinuxPlatform implements PlatformLayer {
    public static final String NAME = "linux";

    private final HostProbes host = new LinuxHostProbes();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ThreadAffinity affinity() {
        return new LinuxSchedAffinity();
    }

    @Override
    public HostProbes host() {
        return host;
    }

    @Override
    public Platform forWorkload(Warnings warnings) {
        return new WorkloadPlatform(
                NAME, new LinuxFileIo(warnings), new LinuxPageCache(warnings), new LinuxSocketFacts());
    }
}
