package io.benchctl.api;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * Where a workload puts its measurements. The runtime keeps one sample per metric per
 * iteration and computes all statistics in one place.
 *
 * <p>Thread safety: every method may be called from any measurement thread.
 */
@API(status = STABLE, since = "1.0")
public interface Recorder {

    /**
     * Records this iteration's value of a per-iteration metric (a throughput, a rate). Recording
     * the same metric twice in one iteration keeps the last value.
     *
     * @throws IllegalArgumentException if the value is NaN or infinite
     */
    void recordValue(Metric metric, double value);

    /**
     * Records one latency observation in nanoseconds into the metric's histogram. The metric's
     * unit should be {@code ns}; the runtime reports percentiles and keeps the histogram.
     */
    void recordLatencyNanos(Metric metric, long latencyNanos);

    /**
     * Records {@code count} latency observations of the same value at once, for workloads that
     * time batches because a per-call timer would cost as much as the call.
     */
    default void recordLatencyNanos(Metric metric, long latencyNanos, long count) {
        for (long i = 0; i < count; i++) {
            recordLatencyNanos(metric, latencyNanos);
        }
    }

    /** A recorder that keeps nothing (warmup). */
    Recorder DISCARD = new Recorder() {
        @Override
        public void recordValue(Metric metric, double value) {}

        @Override
        public void recordLatencyNanos(Metric metric, long latencyNanos) {}

        @Override
        public void recordLatencyNanos(Metric metric, long latencyNanos, long count) {}
    };
}
