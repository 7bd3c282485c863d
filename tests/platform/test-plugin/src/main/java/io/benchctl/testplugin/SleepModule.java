package io.benchctl.testplugin;

import io.benchctl.api.BenchmarkModule;
import io.benchctl.api.Better;
import io.benchctl.api.HostFacts;
import io.benchctl.api.Metric;
import io.benchctl.api.Resource;
import io.benchctl.api.Settings;
import io.benchctl.api.Workload;
import io.benchctl.api.WorkloadContext;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Sleeps through each iteration; subclasses differ only in the resource they claim (scheduling tests). */
abstract class SleepModule implements BenchmarkModule {
    private static final Metric SLEPT = Metric.of("slept", "ms", Better.LOWER);

    private final Resource resource;

    SleepModule(Resource resource) {
        this.resource = resource;
    }

    @Override
    public String id() {
        return "sleep_" + resource.id();
    }

    @Override
    public String description() {
        return "sleeps, claiming the " + resource.id() + " resource (platform test module)";
    }

    @Override
    public Set<Resource> resources() {
        return Set.of(resource);
    }

    @Override
    public String configSchema() {
        return """
            {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object", "additionalProperties": false,
             "properties": {"variants": {"type": "integer", "minimum": 1, "maximum": 8}}}""";
    }

    @Override
    public Map<String, Object> defaults(HostFacts host) {
        return Map.of("variants", 2L);
    }

    @Override
    public List<Workload> plan(Settings settings, HostFacts host) {
        return java.util.stream.IntStream.range(0, (int) settings.getLong("variants"))
                .<Workload>mapToObj(i -> new Workload() {
                    @Override
                    public String variant() {
                        return "v" + i;
                    }

                    @Override
                    public void runIteration(WorkloadContext context, int iteration) throws InterruptedException {
                        long start = System.nanoTime();
                        Thread.sleep(context.iterationDuration());
                        context.recorder().recordValue(SLEPT, (System.nanoTime() - start) / 1e6);
                    }
                })
                .toList();
    }

    // Repeats the interface: PF4J's processor (ignoreExtensionPoint mode) only looks at direct interfaces.
    @org.pf4j.Extension
    public static final class Cpu extends SleepModule implements BenchmarkModule {
        public Cpu() {
            super(Resource.CPU);
        }
    }

    @org.pf4j.Extension
    public static final class Disk extends SleepModule implements BenchmarkModule {
        public Disk() {
            super(Resource.DISK);
        }
    }
}
