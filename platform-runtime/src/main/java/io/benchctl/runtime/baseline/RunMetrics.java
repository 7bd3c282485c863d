package io.benchctl.runtime.baseline;

import io.benchctl.api.result.MetricResult;
import io.benchctl.api.result.RunResult;
import io.benchctl.api.result.WorkloadResult;
import io.benchctl.api.result.WorkloadStatus;
import io.benchctl.runtime.baseline.significance.Samples;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The metrics of one run, keyed as baselines key them. */
final class RunMetrics {

    private RunMetrics() {}

    /**
     * Every metric of every workload that finished ok, as a one-run {@link BaselineMetric}. A
     * metric without per-iteration samples stands for itself with its headline value.
     *
     * @param source the file the result came from, named when a histogram cannot be read
     */
    static Map<String, BaselineMetric> of(RunResult result, String source) throws BadInputException {
        Map<String, BaselineMetric> metrics = new LinkedHashMap<>();
        if (result.tests() == null) {
            return metrics;
        }
        for (WorkloadResult test : result.tests()) {
            if (test.status() != WorkloadStatus.OK || test.metrics() == null) {
                continue;
            }
            for (MetricResult metric : test.metrics()) {
                List<Double> samples =
                        metric.samples() == null || metric.samples().isEmpty()
                                ? List.of(metric.value())
                                : List.copyOf(metric.samples());
                double median = Samples.median(
                        samples.stream().mapToDouble(Double::doubleValue).toArray());
                BaselineMetric one = new BaselineMetric(
                        test.id(),
                        metric.name(),
                        metric.thread(),
                        metric.unit(),
                        metric.better(),
                        samples,
                        List.of(median),
                        metric.histogram());
                Histograms.check(metric.histogram(), source, one.key());
                metrics.put(one.key(), one);
            }
        }
        return metrics;
    }
}
