package io.benchctl.plugins.disk;

import io.benchctl.api.Metric;
import io.benchctl.api.Recorder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Keeps every value and latency it is given, for tests and the bench driver to inspect. */
final class TestRecorder implements Recorder {
    private final Map<Metric, List<Double>> values = new LinkedHashMap<>();
    private final Map<Metric, LongList> latencies = new LinkedHashMap<>();

    @Override
    public synchronized void recordValue(Metric metric, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(metric.name() + ": " + value);
        }
        values.computeIfAbsent(metric, m -> new ArrayList<>()).add(value);
    }

    @Override
    public synchronized void recordLatencyNanos(Metric metric, long latencyNanos) {
        latencies.computeIfAbsent(metric, m -> new LongList()).add(latencyNanos, 1);
    }

    @Override
    public synchronized void recordLatencyNanos(Metric metric, long latencyNanos, long count) {
        latencies.computeIfAbsent(metric, m -> new LongList()).add(latencyNanos, count);
    }

    /** The per-iteration values of {@code metric}, in order; empty if never recorded. */
    synchronized List<Double> values(Metric metric) {
        return List.copyOf(values.getOrDefault(metric, List.of()));
    }

    synchronized long latencyCount(Metric metric) {
        LongList list = latencies.get(metric);
        return list == null ? 0 : list.size;
    }

    /** The {@code quantile} (0..1) of the latencies of {@code metric}, nearest rank. */
    synchronized long latencyQuantile(Metric metric, double quantile) {
        LongList list = latencies.get(metric);
        long[] sorted = Arrays.copyOf(list.values, list.size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(quantile * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    synchronized Map<Metric, List<Double>> allValues() {
        return Map.copyOf(values);
    }

    private static final class LongList {
        long[] values = new long[1024];
        int size;

        void add(long value, long count) {
            for (long i = 0; i < count; i++) {
                if (size == values.length) {
                    values = Arrays.copyOf(values, size * 2);
                }
                values[size++] = value;
            }
        }
    }
}
