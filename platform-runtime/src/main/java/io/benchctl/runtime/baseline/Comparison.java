package io.benchctl.runtime.baseline;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.benchctl.api.result.RunResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/** Compares a run with a baseline, metric by metric. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Comparison {

    private Comparison() {}

    /**
     * @param baselineName how to name the baseline in the report and in messages
     * @param resultName how to name the run
     * @throws BadInputException when a histogram of the run cannot be read
     */
    public static CompareReport compare(
            Baseline baseline, String baselineName, RunResult current, String resultName, Thresholds thresholds)
            throws BadInputException {
        Map<String, BaselineMetric> currentMetrics = RunMetrics.of(current, resultName);
        List<MetricComparison> compared = new ArrayList<>();
        List<String> onlyInBaseline = new ArrayList<>();
        for (Map.Entry<String, BaselineMetric> entry : baseline.metrics().entrySet()) {
            BaselineMetric now = currentMetrics.get(entry.getKey());
            if (now == null) {
                onlyInBaseline.add(entry.getKey());
                continue;
            }
            compared.add(MetricComparer.compare(entry.getValue(), now, thresholds));
        }
        List<String> onlyInCurrent = currentMetrics.keySet().stream()
                .filter(key -> !baseline.metrics().containsKey(key))
                .sorted()
                .toList();
        return new CompareReport(
                CompareReport.SCHEMA_VERSION,
                baselineName,
                resultName,
                thresholds.globalPercent(),
                thresholds.psiLimit(),
                thresholds.alpha(),
                Comparability.differences(baseline.identity(), RunIdentity.of(current)),
                compared,
                onlyInBaseline,
                onlyInCurrent,
                CompareReport.Summary.of(compared));
    }
}
