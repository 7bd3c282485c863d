package io.benchctl.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.benchctl.api.Better;
import io.benchctl.api.Metric;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordingRecorderTest {
    private static final Metric RATE = Metric.of("rate", "ops/s", Better.HIGHER);
    private static final Metric LATENCY = Metric.of("latency", "ns", Better.LOWER);

    @Test
    void keepsValuesInOrderAndRefusesNonFiniteOnes() {
        RecordingRecorder recorder = new RecordingRecorder();
        recorder.recordValue(RATE, 2.5);
        recorder.recordValue(RATE, 1.0);
        assertEquals(List.of(2.5, 1.0), recorder.values(RATE));
        assertEquals(List.of(), recorder.values(LATENCY));
        assertEquals(Map.of(RATE, List.of(2.5, 1.0)), recorder.allValues());
        assertThrows(IllegalArgumentException.class, () -> recorder.recordValue(RATE, Double.NaN));
    }

    @Test
    void quantilesAreNearestRankOverWeightedLatencies() {
        RecordingRecorder recorder = new RecordingRecorder();
        recorder.recordLatencyNanos(LATENCY, 300);
        recorder.recordLatencyNanos(LATENCY, 100, 3); // three calls timed as one batch
        recorder.recordLatencyNanos(LATENCY, 200);
        assertEquals(5, recorder.latencyCount(LATENCY));
        assertEquals(0, recorder.latencyCount(RATE));
        assertEquals(100, recorder.latencyQuantile(LATENCY, 0));
        assertEquals(100, recorder.latencyQuantile(LATENCY, 0.6));
        assertEquals(200, recorder.latencyQuantile(LATENCY, 0.8));
        assertEquals(300, recorder.latencyQuantile(LATENCY, 1));
    }
}
