package io.benchctl.plugins.disk;

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
 * The {@code disk} module: file I/O as fio's psync engine does it, one workload per access pattern
 * and block size, in a scratch folder the runtime removes however the run ends.
 */
@Extension
public final class DiskModule implements BenchmarkModule {
    private static final String SCHEMA_RESOURCE = "disk.schema.json";

    @Override
    public String id() {
        return "disk";
    }

    @Override
    public String description() {
        return "sequential and random file I/O, direct or buffered: MB/s, IOPS, completion latency";
    }

    @Override
    public Set<Resource> resources() {
        return Set.of(Resource.DISK);
    }

    @Override
    public String configSchema() {
        return PluginResources.text(DiskModule.class, SCHEMA_RESOURCE);
    }

    @Override
    public Map<String, Object> defaults(HostFacts host) {
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("patterns", List.of("seq-write", "seq-read", "rand-read", "rand-write"));
        defaults.put("block_sizes", List.of("4KiB", "1MiB"));
        defaults.put("file_size", "1GiB");
        defaults.put("jobs", 1L);
        defaults.put("direct", "auto");
        defaults.put("fsync", false);
        defaults.put("read_share", 0.5);
        defaults.put("dir", "/var/tmp");
        defaults.put("quota", "4GiB");
        return defaults;
    }

    @Override
    public List<Workload> plan(Settings settings, HostFacts host) {
        DiskSettings disk = DiskSettings.from(settings);
        List<Workload> workloads = new ArrayList<>();
        for (AccessPattern pattern : disk.patterns()) {
            for (long blockBytes : disk.blockSizes()) {
                workloads.add(new DiskWorkload(disk, pattern, blockBytes));
            }
        }
        return workloads;
    }
}
