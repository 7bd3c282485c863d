package io.benchctl.testplugin;

import io.benchctl.api.BenchmarkModule;
import io.benchctl.api.Better;
import io.benchctl.api.HostFacts;
import io.benchctl.api.Metric;
import io.benchctl.api.Resource;
import io.benchctl.api.Settings;
import io.benchctl.api.Workload;
import io.benchctl.api.WorkloadContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pf4j.Extension;

/** A small real workload: sums an array for the iteration's duration; records a rate and latencies. */
@Extension
public final class SampleModule implements BenchmarkModule {
    static final Metric SUMS = Metric.of("sums_per_second", "ops/s", Better.HIGHER);
    static final Metric SUM_LATENCY = Metric.of("sum_latency", "ns", Better.LOWER);

    @Override
    public String id() {
        return "sample";
    }

    @Override
    public String description() {
        return "sums an in-cache array (platform test module)";
    }

    @Override
    public Set<Resource> resources() {
        return Set.of(Resource.CPU);
    }

    @Override
    public String configSchema() {
        return """
            {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object", "additionalProperties": false,
             "properties": {
               "size": {"type": "integer", "minimum": 1, "maximum": 1048576},
               "variants": {"type": "integer", "minimum": 1, "maximum": 8}
             }}""";
    }

    @Override
    public Map<String, Object> defaults(HostFacts host) {
        return Map.of("size", 1024L, "variants", 1L);
    }

    @Override
    public List<Workload> plan(Settings settings, HostFacts host) {
        List<Workload> workloads = new ArrayList<>();
        for (int i = 0; i < settings.getLong("variants"); i++) {
            workloads.add(new SumWorkload("sum" + i, (int) settings.getLong("size")));
        }
        return workloads;
    }

    private static final class SumWorkload implements Workload {
        private final String variant;
        private final int size;
        private long[] data;
        private long sink;

        SumWorkload(String variant, int size) {
            this.variant = variant;
            this.size = size;
        }

        @Override
        public String variant() {
            return variant;
        }

        @Override
        public void init(WorkloadContext context) {
            data = new long[size];
            for (int i = 0; i < size; i++) {
                data[i] = i;
            }
        }

        @Override
        public void runIteration(WorkloadContext context, int iteration) {
            long end = System.nanoTime() + context.iterationDuration().toNanos();
            long sums = 0;
            long start = System.nanoTime();
            while (System.nanoTime() < end && !context.cancellation().isCancelled()) {
                long t0 = System.nanoTime();
                long sum = 0;
                for (long value : data) {
                    sum += value;
                }
                if (sum != (long) size * (size - 1) / 2) {
                    throw new IllegalStateException("wrong sum " + sum);
                }
                sink += sum;
                context.recorder().recordLatencyNanos(SUM_LATENCY, System.nanoTime() - t0);
                sums++;
            }
            context.recorder().recordValue(SUMS, sums / ((System.nanoTime() - start) / 1e9));
        }

        @Override
        public void close() {
            data = null;
            if (sink == 42) {
                System.err.print("");
            }
        }
    }
}
