package io.benchctl.testkit;

import io.benchctl.api.BenchmarkModule;
import io.benchctl.api.Better;
import io.benchctl.api.HostFacts;
import io.benchctl.api.Metric;
import io.benchctl.api.Resource;
import io.benchctl.api.Settings;
import io.benchctl.api.Workload;
import io.benchctl.api.WorkloadContext;
import io.benchctl.api.WorkloadSkippedException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A real module for the kit's tests: sums a long array for the iteration time and records the
 * rate. {@code behaviour} makes a workload fail, hang or skip on demand.
 */
final class SumModule implements BenchmarkModule {
    static final Metric RATE = Metric.of("sums_per_second", "1/s", Better.HIGHER);

    @Override
    public String id() {
        return "sum";
    }

    @Override
    public String description() {
        return "sums an array";
    }

    @Override
    public Set<Resource> resources() {
        return Set.of(Resource.CPU);
    }

    @Override
    public String configSchema() {
        return """
                {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object",
                 "additionalProperties": false,
                 "properties": {
                   "lengths": {"type": "array", "items": {"type": "integer", "minimum": 1}, "minItems": 1},
                   "behaviour": {"enum": ["measure", "fail-in-run", "hang-in-run", "skip-in-init"]}}}
                """;
    }

    @Override
    public Map<String, Object> defaults(HostFacts host) {
        // Host-dependent, as real defaults often are: 512 elements per logical CPU.
        return Map.of("lengths", List.of(512L * host.logicalCpus()), "behaviour", "measure");
    }

    @Override
    public List<Workload> plan(Settings settings, HostFacts host) {
        List<Long> lengths = settings.getLongList("lengths");
        if (lengths.stream().anyMatch(n -> n > 1_000_000)) {
            throw new IllegalArgumentException("lengths above 1000000 do not fit the test heap");
        }
        String behaviour = settings.getString("behaviour");
        return lengths.stream()
                .map(n -> (Workload) new SumWorkload(n.intValue(), behaviour))
                .toList();
    }

    private static final class SumWorkload implements Workload {
        private final int length;
        private final String behaviour;
        private long[] values;
        long sink;

        SumWorkload(int length, String behaviour) {
            this.length = length;
            this.behaviour = behaviour;
        }

        @Override
        public String variant() {
            return "n" + length;
        }

        @Override
        public void init(WorkloadContext context) {
            if (behaviour.equals("skip-in-init")) {
                throw new WorkloadSkippedException("nothing to sum on this host");
            }
            values = new long[length];
            java.util.Arrays.setAll(values, i -> i);
            if (length < 16) {
                context.warn("tiny-array", "arrays under 16 elements measure the loop, not the sum");
            }
        }

        @Override
        public void runIteration(WorkloadContext context, int iteration) throws InterruptedException {
            if (behaviour.equals("hang-in-run")) {
                Thread.sleep(Duration.ofSeconds(30));
            }
            if (behaviour.equals("fail-in-run")) {
                throw new IllegalStateException("the sum overflowed");
            }
            long deadline = System.nanoTime() + context.iterationDuration().toNanos();
            long sums = 0;
            long start = System.nanoTime();
            while (System.nanoTime() < deadline && !context.cancellation().isCancelled()) {
                for (long v : values) {
                    sink += v;
                }
                sums++;
            }
            context.recorder().recordValue(RATE, sums / ((System.nanoTime() - start) / 1e9));
        }
    }
}
