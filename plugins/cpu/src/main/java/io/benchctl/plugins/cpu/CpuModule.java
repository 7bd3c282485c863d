package io.benchctl.plugins.cpu;

import io.benchctl.api.BenchmarkModule;
import io.benchctl.api.HostFacts;
import io.benchctl.api.Resource;
import io.benchctl.api.Settings;
import io.benchctl.api.Workload;
import io.benchctl.kit.resources.PluginResources;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pf4j.Extension;

/**
 * The cpu module: ops/s of integer, floating-point, hashing and prime-counting kernels on
 * {@code threads} pinned workers, per thread and in aggregate. Variants are
 * {@code <kernel>/t<threads>}, e.g. {@code primes/t2}.
 */
@Extension
public final class CpuModule implements BenchmarkModule {

    /** sysbench cpu's default {@code --cpu-max-prime}. */
    static final long DEFAULT_MAX_PRIME = 10_000;

    @Override
    public String id() {
        return "cpu";
    }

    @Override
    public String description() {
        return "CPU throughput: int, float, hash and sysbench-compatible primes kernels, per thread and aggregate";
    }

    @Override
    public Set<Resource> resources() {
        return Set.of(Resource.CPU);
    }

    @Override
    public String configSchema() {
        return PluginResources.text(CpuModule.class, "cpu.schema.json");
    }

    @Override
    public Map<String, Object> defaults(HostFacts host) {
        return Map.of(
                "threads",
                (long) Math.max(1, host.logicalCpus()),
                "kernels",
                CpuKernelType.ids(),
                "max_prime",
                DEFAULT_MAX_PRIME);
    }

    @Override
    public List<Workload> plan(Settings settings, HostFacts host) {
        int threads = Math.toIntExact(settings.getLong("threads"));
        long maxPrime = settings.getLong("max_prime");
        if (threads < 1) {
            throw new IllegalArgumentException("modules.cpu.threads must be at least 1: " + threads);
        }
        return settings.getStringList("kernels").stream()
                .map(CpuKernelType::byId)
                .<Workload>map(kernel -> new CpuWorkload(kernel, threads, maxPrime))
                .toList();
    }
}
