package io.benchctl.runtime.measure;

import io.benchctl.api.Metric;
import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Everything recorded for one metric of one workload: its per-iteration samples, and for a
 * latency metric the histogram of every observation.
 *
 * <p>Latencies go through HdrHistogram's {@link Recorder}: any thread may record (the API allows
 * it), its writer path is wait-free (a few uncontended atomic increments, tens of ns), and
 * {@link Recorder#getIntervalHistogram()} swaps out exactly one iteration's observations without
 * stopping the writers. Each metric, and so each per-thread metric, has its own recorder, so
 * threads recording their own metrics do not share a cache line. A per-thread
 * {@code SingleWriterRecorder} would save an atomic per call but corrupts silently if a plugin
 * records one thread's metric from another thread.
 */
final class MetricSeries {

    /** 3 digits: percentiles within 0.1%, as wrk2 and HdrHistogram's own examples use. */
    private static final int SIGNIFICANT_DIGITS = 3;

    final Metric metric;
    final boolean latency;
    private final List<Double> samples = new ArrayList<>();
    private final Recorder intervalRecorder;
    private final Histogram allObservations;
    private Double currentValue;
    /** Whether any observation stood for a batch (count > 1): a batch mean, timed over many calls. */
    volatile boolean batched;

    MetricSeries(Metric metric, boolean latency) {
        this.metric = metric;
        this.latency = latency;
        this.intervalRecorder = latency ? new Recorder(SIGNIFICANT_DIGITS) : null;
        this.allObservations = latency ? new Histogram(SIGNIFICANT_DIGITS) : null;
    }

    synchronized void setValue(double value) {
        currentValue = value;
    }

    void recordLatency(long latencyNanos, long count) {
        if (count > 1 && !batched) {
            batched = true;
        }
        intervalRecorder.recordValueWithCount(latencyNanos, count);
    }

    /** Closes this iteration of a latency: its observations (now also in the total), or null if none. */
    synchronized Histogram finishLatencyIteration() {
        Histogram interval = intervalRecorder.getIntervalHistogram();
        if (interval.getTotalCount() == 0) {
            return null;
        }
        addIteration(interval);
        return interval;
    }

    /** Adds one iteration's latency observations (also used for a derived aggregate). */
    synchronized void addIteration(Histogram interval) {
        allObservations.add(interval);
        samples.add((double) interval.getValueAtPercentile(50));
    }

    /** Closes this iteration of a per-iteration metric: its value (now a sample), or null if none. */
    synchronized Double finishValueIteration() {
        Double value = currentValue;
        currentValue = null;
        if (value != null) {
            samples.add(value);
        }
        return value;
    }

    synchronized List<Double> samples() {
        return List.copyOf(samples);
    }

    synchronized Histogram histogram() {
        return allObservations.copy();
    }
}
