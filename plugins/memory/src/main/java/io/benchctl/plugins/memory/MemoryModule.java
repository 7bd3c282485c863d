package io.benchctl.plugins.memory;

import io.benchctl.api.BenchmarkModule;
import io.benchctl.api.HostFacts;
import io.benchctl.api.Resource;
import io.benchctl.api.Settings;
import io.benchctl.api.Workload;
import io.benchctl.api.format.UnitText;
import io.benchctl.kit.resources.PluginResources;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pf4j.Extension;

/**
 * The memory module: STREAM's copy, scale, add and triad in MB/s. A {@code buffer_size} is
 * STREAM's "total memory required": three arrays of doubles, each a third of it. Variants are
 * {@code <kernel>/<buffer>/stride<N>/t<threads>}, e.g. {@code triad/1920MiB/stride1/t1}.
 */
@Extension
public final class MemoryModule implements BenchmarkModule {

    private static final long FALLBACK_L1_BYTES = 32L << 10;
    private static final long FALLBACK_L2_BYTES = 1L << 20;
    private static final long FALLBACK_LLC_BYTES = 32L << 20;

    @Override
    public String id() {
        return "memory";
    }

    @Override
    public String description() {
        return "memory bandwidth: STREAM copy, scale, add, triad over cache- and memory-sized buffers";
    }

    @Override
    public Set<Resource> resources() {
        return Set.of(Resource.MEMORY);
    }

    @Override
    public String configSchema() {
        return PluginResources.text(MemoryModule.class, "memory.schema.json");
    }

    /**
     * Buffers that fit inside L1, inside L2 and inside the last-level cache (half of each, so the
     * three arrays and the stack fit), and 4× the last-level cache (STREAM's rule for measuring
     * memory rather than cache). Unknown cache sizes fall back to common ones.
     */
    @Override
    public Map<String, Object> defaults(HostFacts host) {
        long l1 = host.l1dCacheBytes() > 0 ? host.l1dCacheBytes() : FALLBACK_L1_BYTES;
        long l2 = host.l2CacheBytes() > 0 ? host.l2CacheBytes() : FALLBACK_L2_BYTES;
        long llc = host.lastLevelCacheBytes() > 0 ? host.lastLevelCacheBytes() : FALLBACK_LLC_BYTES;
        Set<String> sizes = new LinkedHashSet<>(List.of(
                UnitText.exactBytes(l1 / 2),
                UnitText.exactBytes(l2 / 2),
                UnitText.exactBytes(llc / 2),
                UnitText.exactBytes(4 * llc)));
        return Map.of(
                "kernels", StreamKernel.ids(),
                "buffer_sizes", List.copyOf(sizes),
                "strides", List.of(1L),
                "threads", 1L);
    }

    @Override
    public List<Workload> plan(Settings settings, HostFacts host) {
        int threads = Math.toIntExact(settings.getLong("threads"));
        List<StreamKernel> kernels = settings.getStringList("kernels").stream()
                .map(StreamKernel::byId)
                .toList();
        List<Long> strides = settings.getLongList("strides");
        List<Workload> workloads = new ArrayList<>();
        for (long bufferBytes : settings.getBytesList("buffer_sizes")) {
            for (long stride : strides) {
                check(bufferBytes, (int) stride, threads, host);
                for (StreamKernel kernel : kernels) {
                    workloads.add(new MemoryWorkload(kernel, bufferBytes, (int) stride, threads));
                }
            }
        }
        return workloads;
    }

    private static void check(long bufferBytes, int stride, int threads, HostFacts host) {
        String size = UnitText.exactBytes(bufferBytes);
        long elements = MemoryWorkload.elementsFor(bufferBytes);
        long smallest = MemoryWorkload.sliceAlignment(stride) * threads * 3 * Double.BYTES;
        if (elements < MemoryWorkload.sliceAlignment(stride) * threads) {
            throw new IllegalArgumentException("modules.memory.buffer_sizes: " + size + " is too small for " + threads
                    + " threads at stride " + stride + "; use at least " + UnitText.exactBytes(smallest));
        }
        if (elements > HeapStreamArrays.MAX_ELEMENTS) {
            throw new IllegalArgumentException("modules.memory.buffer_sizes: " + size
                    + " is too large: each of the three arrays may hold at most " + HeapStreamArrays.MAX_ELEMENTS
                    + " doubles (48GiB in all)");
        }
        long heapBytes = Runtime.getRuntime().maxMemory();
        if (bufferBytes > heapBytes * 0.9) {
            throw new IllegalArgumentException("modules.memory.buffer_sizes: " + size
                    + " does not fit in the Java heap (" + UnitText.exactBytes(heapBytes / (1 << 20) << 20)
                    + " max); raise -Xmx for the benchctl JVM or choose a smaller buffer");
        }
        if (host.totalMemoryBytes() > 0 && bufferBytes > host.totalMemoryBytes() * 0.8) {
            throw new IllegalArgumentException(
                    "modules.memory.buffer_sizes: " + size + " is more than 80% of this host's memory");
        }
    }
}
