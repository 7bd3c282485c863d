package io.benchctl.runtime.platform.portable;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.benchctl.api.platform.Platform;
import io.benchctl.api.platform.SocketFacts;
import io.benchctl.runtime.platform.BufferedFileIo;
import io.benchctl.runtime.platform.HostProbes;
import io.benchctl.runtime.platform.NoPageCache;
import io.benchctl.runtime.platform.PlatformLayer;
import io.benchctl.runtime.platform.ThreadAffinity;
import io.benchctl.runtime.platform.Warnings;
import io.benchctl.runtime.platform.WorkloadPlatform;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The pure-JDK layer, for every OS without a layer of its own (Windows) and, with
 * {@code -Dbenchctl.platform=portable}, to see what benchctl does there from any OS. Host facts
 * come from OSHI and the JDK.
 */
@API(status = INTERNAL, since = "1.3")
public final class PortablePlatform implements PlatformLayer {
    public static final String NAME = "portable";

    private static final String NO_NATIVE = "the portable platform layer makes no system call of its own";

    private static final SocketFacts NO_SOCKET_FACTS = Optional::empty;

    private final String osName;

    /** @param osName the JVM's {@code os.name}: the durability of a sync depends on it */
    public PortablePlatform(String osName) {
        this.osName = osName;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ThreadAffinity affinity() {
        return ThreadAffinity.unavailable(NO_NATIVE + ", so it pins no thread to a CPU");
    }

    @Override
    public HostProbes host() {
        return new HostProbes() {};
    }

    @Override
    public Platform forWorkload(Warnings warnings) {
        return new WorkloadPlatform(
                NAME,
                new BufferedFileIo(NO_NATIVE + ", so it opens no file for direct I/O", notDurableBecause(), warnings),
                new NoPageCache(NO_NATIVE, warnings),
                NO_SOCKET_FACTS);
    }

    /**
     * On macOS the JDK's force is {@code fsync(2)}, which leaves data in the drive's volatile
     * cache; elsewhere ({@code fsync} on Linux, {@code FlushFileBuffers} on Windows) it reaches
     * the device.
     */
    private String notDurableBecause() {
        boolean mac = osName.toLowerCase(Locale.ROOT).startsWith("mac");
        return mac
                ? "syncs are fsync(2), which on macOS leaves writes in the drive's cache (the portable layer"
                        + " has no F_FULLFSYNC): fsync latencies are lower than durable ones"
                : null;
    }
}
