package io.benchctl.runtime.host;

import io.benchctl.api.HostFacts;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Interim stand-in (replaced by the OSHI-based probe). */
public final class HostProbe {
    private HostProbe() {}

    public static HostFacts facts() {
        int cpus = Runtime.getRuntime().availableProcessors();
        return new HostFacts("linux", cpus, cpus, 32 * 1024, 512 * 1024, 32 << 20, Runtime.getRuntime().maxMemory());
    }

    public static Map<String, Object> collect(List<Path> pathsInUse) {
        Map<String, Object> host = new LinkedHashMap<>();
        host.put("os", Map.of("name", System.getProperty("os.name")));
        host.put("fingerprint", "0");
        return host;
    }
}
