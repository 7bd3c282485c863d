package io.benchctl.plugins.syscall;

import io.benchctl.api.BenchmarkModule;
import io.benchctl.api.HostFacts;
import io.benchctl.api.Resource;
import io.benchctl.api.Settings;
import io.benchctl.api.Workload;
import io.benchctl.kit.resources.PluginResources;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pf4j.Extension;

/**
 * The {@code syscall} module: what a trip through the kernel costs, as pipe round trips between
 * two pinned threads and as the null system call.
 */
@Extension
public final class SyscallModule implements BenchmarkModule {
    private static final String SCHEMA_RESOURCE = "syscall.schema.json";

    @Override
    public String id() {
        return "syscall";
    }

    @Override
    public String description() {
        return "pipe ping-pong round trips (write / read-wait split) and the null system call";
    }

    /** Pipe ping-pong keeps two CPUs busy; it contends with anything else that wants them. */
    @Override
    public Set<Resource> resources() {
        return Set.of(Resource.CPU);
    }

    @Override
    public String configSchema() {
        return PluginResources.text(SyscallModule.class, SCHEMA_RESOURCE);
    }

    @Override
    public Map<String, Object> defaults(HostFacts host) {
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("payload_bytes", List.of(1L, 4096L, 65536L));
        defaults.put("pairs", 1L);
        defaults.put("null_syscall", true);
        return defaults;
    }

    @Override
    public List<Workload> plan(Settings settings, HostFacts host) {
        int pairs = Math.toIntExact(settings.getLong("pairs"));
        if (pairs < 1) {
            throw new IllegalArgumentException("pairs must be at least 1, not " + pairs);
        }
        List<Workload> workloads = new ArrayList<>();
        for (long payloadBytes : settings.getBytesList("payload_bytes")) {
            if (payloadBytes < 1) {
                throw new IllegalArgumentException("payload_bytes must be at least 1, not " + payloadBytes);
            }
            workloads.add(new PipeWorkload(payloadBytes, pairs));
        }
        if (settings.getBoolean("null_syscall")) {
            workloads.add(new NullSyscallWorkload());
        }
        return workloads;
    }
}
