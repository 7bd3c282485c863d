package io.benchctl.plugins.exporters;

import io.benchctl.api.result.MetricResult;
import io.benchctl.api.result.RunResult;
import io.benchctl.api.result.WorkloadResult;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** An OpenMetrics label set: names are fixed identifiers, values escaped. */
record Labels(Map<String, String> values) {

    static Labels of(RunResult result, WorkloadResult test, MetricResult metric) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("run", result.name());
        labels.put("workload", test.id());
        labels.put("module", test.module());
        labels.put("variant", test.variant());
        if (metric != null && metric.thread() != null) {
            labels.put("thread", metric.thread().toString());
        }
        return new Labels(labels);
    }

    Labels with(String name, String value) {
        Map<String, String> labels = new LinkedHashMap<>(values);
        labels.put(name, value);
        return new Labels(labels);
    }

    @Override
    public String toString() {
        return values.entrySet().stream()
                .map(e -> e.getKey() + "=\"" + escape(e.getValue()) + '"')
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
