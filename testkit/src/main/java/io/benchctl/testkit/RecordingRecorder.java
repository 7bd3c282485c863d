package io.benchctl.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.benchctl.api.Metric;
import io.benchctl.api.Recorder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * Keeps every value and latency it is given, for tests and bench drivers to assert on the
 * observations themselves (exact counts and quantiles, not histogram approximations). Hand one to
 * {@link ModuleTestKit#observe}: it then sees what the workloads record in their measured
 * iterations, beside the runtime's own recorder.
 */
@API(status = EXPERIMENTAL, since = "1.0")
public final class RecordingRecorder implements Recorder {
    private final Map<Metric, List<Double>> values = new LinkedHashMap<>();
    private final Map<Metric, Latencies> latencies = new LinkedHashMap<>();

    @Override
    public synchronized void recordValue(Metric metric, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(metric.name() + ": " + value);
        }
        values.computeIfAbsent(metric, m -> new ArrayList<>()).add(value);
    }

    @Override
    public synchronized void recordLatencyNanos(Metric metric, long latencyNanos) {
        recordLatencyNanos(metric, latencyNanos, 1);
    }

    @Override
    public synchronized void recordLatencyNanos(Metric metric, long latencyNanos, long count) {
        latencies.computeIfAbsent(metric, m -> new Latencies()).add(latencyNanos, count);
    }

    /** The per-iteration values of {@code metric}, in order; empty if never recorded. */
    public synchronized List<Double> values(Metric metric) {
        return List.copyOf(values.getOrDefault(metric, List.of()));
    }

    /** Every metric recorded with {@link #recordValue} and its values, in first-recorded order. */
    public synchronized Map<Metric, List<Double>> allValues() {
        Map<Metric, List<Double>> copy = new LinkedHashMap<>();
        values.forEach((metric, recorded) -> copy.put(metric, List.copyOf(recorded)));
        return copy;
    }

    /** How many latencies of {@code metric} were recorded (counting weights). */
    public synchronized long latencyCount(Metric metric) {
        Latencies recorded = latencies.get(metric);
        return recorded == null ? 0 : recorded.total;
    }

    /** The {@code quantile} (0..1) of the latencies of {@code metric}, nearest rank. */
    public synchronized long latencyQuantile(Metric metric, double quantile) {
        return latencies.get(metric).quantile(quantile);
    }

    /** Latencies as (value, count) pairs: batches of equal values stay one entry. */
    private static final class Latencies {
        private long[] valueAndCount = new long[2048];
        private int entries;
        private long total;

        void add(long value, long count) {
            if (2 * entries == valueAndCount.length) {
                valueAndCount = Arrays.copyOf(valueAndCount, valueAndCount.length * 2);
            }
            valueAndCount[2 * entries] = value;
            valueAndCount[2 * entries + 1] = count;
            entries++;
            total += count;
        }

        long quantile(double quantile) {
            long[][] pairs = new long[entries][];
            for (int i = 0; i < entries; i++) {
                pairs[i] = new long[] {valueAndCount[2 * i], valueAndCount[2 * i + 1]};
            }
            Arrays.sort(pairs, (a, b) -> Long.compare(a[0], b[0]));
            long rank = Math.max(1, (long) Math.ceil(quantile * total));
            long seen = 0;
            for (long[] pair : pairs) {
                seen += pair[1];
                if (seen >= rank) {
                    return pair[0];
                }
            }
            return pairs[pairs.length - 1][0];
        }
    }
}
