package io.benchctl.examples.gpu;

import io.benchctl.api.BenchmarkModule;
import io.benchctl.api.HostFacts;
import io.benchctl.api.Resource;
import io.benchctl.api.Settings;
import io.benchctl.api.Workload;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pf4j.Extension;

/**
 * The {@code gpu} module: an inventory of the host's GPUs (name, vendor, VRAM) in the result, as
 * the {@code gpus} and {@code vram_total} metrics and one {@code gpu-found} note per adapter.
 * Where there is none, its workload is skipped with the reason "no GPU found".
 */
@Extension
public final class GpuModule implements BenchmarkModule {
    private final GpuSource source;

    /** The module benchctl loads: GPUs from OSHI. */
    public GpuModule() {
        this(GpuSource.OSHI);
    }

    GpuModule(GpuSource source) {
        this.source = source;
    }

    @Override
    public String id() {
        return "gpu";
    }

    @Override
    public String description() {
        return "lists the GPUs found (name, vendor, VRAM); skipped without one (example plugin)";
    }

    /** Reading the inventory contends for nothing. */
    @Override
    public Set<Resource> resources() {
        return Set.of();
    }

    @Override
    public String configSchema() {
        try (InputStream in = GpuModule.class.getResourceAsStream("config.schema.json")) {
            if (in == null) {
                throw new IllegalStateException("config.schema.json is missing from the plugin JAR");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Map<String, Object> defaults(HostFacts host) {
        return Map.of("min_vram", "0B");
    }

    @Override
    public List<Workload> plan(Settings settings, HostFacts host) {
        return List.of(new GpuInventory(source, settings.getBytes("min_vram")));
    }
}
