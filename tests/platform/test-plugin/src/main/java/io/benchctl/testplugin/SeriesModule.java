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
import org.pf4j.Extension;

/**
 * Records a value series of a known shape, so that the runtime's stopping rules meet a series
 * whose answer is known (platform test module). Each iteration, warm-up or measured, sleeps its
 * duration and records the next value of the pattern; the pattern counts every call of this
 * workload instance:
 *
 * <ul>
 *   <li>{@code steady}: 100 ± 0.1%, so the median's CI is well within 2% at 6 iterations;
 *   <li>{@code noisy}: 50, 150, 50, …, so the CI never gets within 2%;
 *   <li>{@code settling}: 100 + 400·e^(−call/4): a transient that has died out after ~30 calls;
 *   <li>{@code drifting}: 100 + call: a trend that never ends.
 * </ul>
 *
 * Each span it reports through {@link WorkloadContext#spans()} is one iteration's sleep.
 */
@Extension
public final class SeriesModule implements BenchmarkModule {
    static final Metric VALUE = Metric.of("value", "ops/s", Better.HIGHER);

    @Override
    public String id() {
        return "series";
    }

    @Override
    public String description() {
        return "records a value series of a known shape (platform test module)";
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
               "patterns": {"type": "array", "items": {"enum": ["steady", "noisy", "settling", "drifting"]}}
             }}""";
    }

    @Override
    public Map<String, Object> defaults(HostFacts host) {
        return Map.of("patterns", List.of("steady"));
    }

    @Override
    public List<Workload> plan(Settings settings, HostFacts host) {
        return settings.getStringList("patterns").stream()
                .<Workload>map(SeriesWorkload::new)
                .toList();
    }

    private static final class SeriesWorkload implements Workload {
        private final String pattern;
        private int calls;

        SeriesWorkload(String pattern) {
            this.pattern = pattern;
        }

        @Override
        public String variant() {
            return pattern;
        }

        @Override
        public void runIteration(WorkloadContext context, int iteration) throws InterruptedException {
            long start = System.nanoTime();
            Thread.sleep(context.iterationDuration());
            if (context.spans().enabled()) {
                context.spans().span("sleep", start, System.nanoTime());
            }
            int call = calls++;
            double value = switch (pattern) {
                case "steady" -> 100 + (call % 3 - 1) * 0.1;
                case "noisy" -> call % 2 == 0 ? 50 : 150;
                case "settling" -> 100 + 400 * Math.exp(-call / 4.0) + (call % 3 - 1) * 0.5;
                case "drifting" -> 100 + call;
                default -> throw new IllegalArgumentException("unknown pattern " + pattern);
            };
            context.recorder().recordValue(VALUE, value);
        }
    }
}
