package io.benchctl.runtime.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.benchctl.api.Better;
import io.benchctl.api.Metric;
import io.benchctl.api.result.MetricResult;
import io.benchctl.api.result.Stats;
import io.benchctl.api.result.WarningInfo;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class WorkloadRecorderTest {

    private static final Metric RATE = Metric.of("ops_per_second", "ops/s", Better.HIGHER);
    private static final Metric LATENCY = Metric.of("round_trip", "ns", Better.LOWER);

    @Test
    void perIterationMetricGetsMedianBestAndOrderStatisticCi() {
        WorkloadRecorder recorder = new WorkloadRecorder("cpu/int/t1");
        double[] values = {7, 3, 10, 1, 5, 9, 2, 8, 6, 4};
        for (int i = 0; i < values.length; i++) {
            recorder.startIteration(i);
            recorder.recordValue(RATE, values[i]);
            assertEquals(Map.of("ops_per_second", values[i]), recorder.finishIteration());
        }
        MetricResult result = recorder.results().getFirst();
        assertEquals(5.5, result.value());
        assertEquals(10, result.best());
        assertEquals(List.of(7.0, 3.0, 10.0, 1.0, 5.0, 9.0, 2.0, 8.0, 6.0, 4.0), result.samples());
        assertNull(result.thread());
        assertNull(result.histogram());
        Stats stats = result.stats();
        assertEquals(10, stats.n());
        assertEquals(5.5, stats.mean(), 1e-12);
        assertEquals(Math.sqrt(82.5 / 9), stats.stddev(), 1e-12);
        assertEquals(Math.sqrt(82.5 / 9) / 5.5, stats.cv(), 1e-12);
        assertEquals(1, stats.min());
        assertEquals(10, stats.max());
        assertEquals(2, stats.ciLow());
        assertEquals(9, stats.ciHigh());
        assertEquals(List.of("noisy-host"), codes(recorder.warnings()));
    }

    @Test
    void steadyValuesGiveNoNoiseWarningAndFewIterationsSayTheCiIsMinMax() {
        WorkloadRecorder recorder = new WorkloadRecorder("memory/triad");
        double[] values = {100, 101, 99, 100.5, 99.5};
        for (int i = 0; i < values.length; i++) {
            recorder.startIteration(i);
            recorder.recordValue(RATE, values[i]);
            recorder.finishIteration();
        }
        Stats stats = recorder.results().getFirst().stats();
        assertEquals(99, stats.ciLow());
        assertEquals(101, stats.ciHigh());
        List<WarningInfo> warnings = recorder.warnings();
        assertEquals(List.of("ci-min-max"), codes(warnings));
        assertTrue(
                warnings.getFirst().message().contains("93.8%"),
                warnings.getFirst().message());
    }

    @Test
    void lowerIsBetterPicksTheSmallestAsBest() {
        WorkloadRecorder recorder = new WorkloadRecorder("x");
        Metric time = Metric.of("time", "s", Better.LOWER);
        for (int i = 0; i < 3; i++) {
            recorder.startIteration(i);
            recorder.recordValue(time, 3 - i);
            recorder.finishIteration();
        }
        assertEquals(1, recorder.results().getFirst().best());
    }

    @Test
    void latencyPercentilesComeFromTheHistogramOfAllObservations() {
        WorkloadRecorder recorder = new WorkloadRecorder("syscall/pipe");
        for (int iteration = 0; iteration < 2; iteration++) {
            recorder.startIteration(iteration);
            for (long v = 1; v <= 1000; v++) {
                recorder.recordLatencyNanos(LATENCY, v + iteration * 1000L);
            }
            Map<String, Double> iterationValues = recorder.finishIteration();
            assertEquals(500.0 + iteration * 1000, iterationValues.get("round_trip"), 1.0);
        }
        MetricResult result = recorder.results().getFirst();
        Stats stats = result.stats();
        assertEquals(2000, stats.n());
        assertEquals(1000, result.value(), 1.0);
        assertEquals(1000.5, stats.mean(), 1.0);
        assertEquals(1, stats.min());
        assertEquals(1800, stats.p90(), 2.0);
        assertEquals(1980, stats.p99(), 2.0);
        assertEquals(2000, stats.max(), 2.0);
        assertEquals(
                List.of(500.0, 1500.0),
                result.samples().stream()
                        .map(s -> (double) Math.round(s / 10) * 10)
                        .toList());
        assertEquals(500, result.best(), 1.0);
        // n = 2000: ranks 957..1044 (normal approximation to within a rank: 1000 -+ 1.96 * sqrt(2000) / 2).
        assertTrue(stats.ciLow() >= 955 && stats.ciLow() <= 958, "ciLow " + stats.ciLow());
        assertTrue(stats.ciHigh() >= 1043 && stats.ciHigh() <= 1047, "ciHigh " + stats.ciHigh());
        Histogram decoded = LatencyStatistics.decode(result.histogram());
        assertEquals(2000, decoded.getTotalCount());
        assertEquals(stats.p50(), decoded.getValueAtPercentile(50));
    }

    @Test
    void perThreadLatenciesRecordedConcurrentlyGetAMergedAggregate() throws Exception {
        WorkloadRecorder recorder = new WorkloadRecorder("network/loopback");
        recorder.startIteration(0);
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            List<Future<?>> done = List.of(
                    pool.submit(() -> record(recorder, LATENCY.forThread(0), 1, 500)),
                    pool.submit(() -> record(recorder, LATENCY.forThread(1), 501, 1000)));
            for (Future<?> f : done) {
                f.get();
            }
        }
        Map<String, Double> values = recorder.finishIteration();
        assertEquals(250, values.get("round_trip[thread 0]"), 1.0);
        assertEquals(750, values.get("round_trip[thread 1]"), 1.0);
        assertEquals(500, values.get("round_trip"), 1.0);
        List<MetricResult> results = recorder.results();
        assertEquals(
                List.of("round_trip", "round_trip[thread 0]", "round_trip[thread 1]"),
                results.stream()
                        .map(r -> r.thread() == null ? r.name() : r.name() + "[thread " + r.thread() + "]")
                        .toList());
        assertEquals(1000, results.getFirst().stats().n());
        assertEquals(500, results.get(1).stats().n());
    }

    @Test
    void batchRecordingCountsEveryObservation() {
        WorkloadRecorder recorder = new WorkloadRecorder("syscall/null");
        recorder.startIteration(0);
        recorder.recordLatencyNanos(LATENCY, 230_000, 1_000_000);
        recorder.finishIteration();
        assertEquals(1_000_000, recorder.results().getFirst().stats().n());
    }

    @Test
    void subMicrosecondLatenciesWarnAboutTheTimer() {
        WorkloadRecorder recorder = new WorkloadRecorder("syscall/null");
        recorder.startIteration(0);
        for (int i = 0; i < 1000; i++) {
            recorder.recordLatencyNanos(LATENCY, 1);
        }
        recorder.finishIteration();
        assertTrue(codes(recorder.warnings()).contains("coarse-timer"));

        // A batch's mean per call: the timer read once around 1000 calls, so its step is shared by them.
        WorkloadRecorder batched = new WorkloadRecorder("syscall/null");
        batched.startIteration(0);
        batched.recordLatencyNanos(LATENCY, 1, 1000);
        batched.finishIteration();
        assertFalse(codes(batched.warnings()).contains("coarse-timer"));

        WorkloadRecorder slow = new WorkloadRecorder("disk/fsync");
        slow.startIteration(0);
        slow.recordLatencyNanos(LATENCY, 1_000_000_000L);
        slow.finishIteration();
        assertFalse(codes(slow.warnings()).contains("coarse-timer"));
    }

    @Test
    void misuseIsRejectedWithTheMetricNamed() {
        WorkloadRecorder recorder = new WorkloadRecorder("cpu/int");
        IllegalStateException outside = assertThrows(IllegalStateException.class, () -> recorder.recordValue(RATE, 1));
        assertTrue(outside.getMessage().contains("ops_per_second"), outside.getMessage());
        recorder.startIteration(0);
        assertThrows(IllegalArgumentException.class, () -> recorder.recordValue(RATE, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> recorder.recordLatencyNanos(LATENCY, -1));
        recorder.recordValue(RATE, 1);
        IllegalArgumentException mixed =
                assertThrows(IllegalArgumentException.class, () -> recorder.recordLatencyNanos(RATE, 5));
        assertTrue(mixed.getMessage().contains("both"), mixed.getMessage());
    }

    @Test
    void aConstantMetricHasZeroCvNotNaN() {
        WorkloadRecorder recorder = new WorkloadRecorder("x");
        for (int i = 0; i < 6; i++) {
            recorder.startIteration(i);
            recorder.recordValue(RATE, 0);
            recorder.finishIteration();
        }
        Stats stats = recorder.results().getFirst().stats();
        assertEquals(0, stats.cv());
        assertEquals(0, stats.stddev());
        assertTrue(recorder.warnings().isEmpty());
    }

    private static void record(WorkloadRecorder recorder, Metric metric, long from, long to) {
        for (long v = from; v <= to; v++) {
            recorder.recordLatencyNanos(metric, v);
        }
    }

    private static List<String> codes(List<WarningInfo> warnings) {
        return warnings.stream().map(WarningInfo::code).toList();
    }
}
