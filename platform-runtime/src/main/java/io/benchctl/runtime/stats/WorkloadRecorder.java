package io.benchctl.runtime.stats;

import io.benchctl.api.Metric;
import io.benchctl.api.Recorder;
import io.benchctl.api.result.MetricResult;
import io.benchctl.api.result.Stats;
import io.benchctl.api.result.WarningInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Interim stand-in (replaced by the statistics core): keeps per-iteration values only. */
public final class WorkloadRecorder implements Recorder {
    private final Map<Metric, List<Double>> samples = new LinkedHashMap<>();
    private final Map<Metric, Double> current = new LinkedHashMap<>();

    public WorkloadRecorder(String workloadId) {}

    public synchronized void startIteration(int iteration) {
        current.clear();
    }

    public synchronized Map<String, Double> finishIteration() {
        Map<String, Double> values = new LinkedHashMap<>();
        current.forEach((m, v) -> {
            samples.computeIfAbsent(m, k -> new ArrayList<>()).add(v);
            values.put(m.name(), v);
        });
        return values;
    }

    @Override
    public synchronized void recordValue(Metric metric, double value) {
        current.put(metric, value);
    }

    @Override
    public void recordLatencyNanos(Metric metric, long latencyNanos) {}

    public synchronized List<MetricResult> results() {
        List<MetricResult> out = new ArrayList<>();
        samples.forEach((m, s) -> {
            double median = s.stream().sorted().toList().get(s.size() / 2);
            out.add(new MetricResult(m.name(), m.unit(), m.better(), m.thread() < 0 ? null : m.thread(), median, median, s,
                    new Stats(s.size(), median, 0, 0, median, median, median, median, median, median, median, median, median), null));
        });
        return out;
    }

    public List<WarningInfo> warnings() {
        return List.of();
    }
}
