package io.benchctl.plugins.exporters;

import io.benchctl.api.report.Formats;
import io.benchctl.api.result.MetricResult;
import io.benchctl.api.result.RunResult;
import io.benchctl.api.result.WorkloadResult;
import io.benchctl.api.result.WorkloadStatus;
import java.util.List;

/** One metric of one workload, the unit every exporter iterates over. */
record Reported(WorkloadResult test, MetricResult metric) {

    /** Aggregate metrics of the workloads that finished ok, in run order (what CI tools track). */
    static List<Reported> aggregates(RunResult result) {
        return result.tests().stream()
                .filter(test -> test.status() == WorkloadStatus.OK)
                .flatMap(test -> Formats.aggregates(test).stream().map(metric -> new Reported(test, metric)))
                .toList();
    }

    /** Aggregate and per-thread metrics, in run order. */
    static List<Reported> all(RunResult result) {
        return result.tests().stream()
                .filter(test -> test.metrics() != null)
                .flatMap(test -> test.metrics().stream().map(metric -> new Reported(test, metric)))
                .toList();
    }

    /** {@code memory/triad/1GiB/stride1 bandwidth}: unique within a run for aggregates. */
    String name() {
        return test.id() + " " + Formats.label(metric);
    }
}
