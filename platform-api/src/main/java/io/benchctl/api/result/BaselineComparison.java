package io.benchctl.api.result;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * How a run compared with a baseline, when it was run with {@code --baseline}: computed by the
 * runtime after the workloads and before the reporters write, so every reporter sees it.
 *
 * @param baselineFile the baseline file as it was named on the command line or in the profile
 * @param thresholdPercent the global threshold that applied, in percent
 * @param notComparable conditions that differ between the baseline and this run (host, JVM,
 *     profile…), each described in one phrase; empty when comparable
 * @param metrics one verdict per metric found on both sides, in the baseline's key order
 */
@API(status = EXPERIMENTAL, since = "1.0")
public record BaselineComparison(
        String baselineFile, double thresholdPercent, List<String> notComparable, List<MetricVerdict> metrics) {

    public BaselineComparison {
        notComparable = List.copyOf(notComparable);
        metrics = List.copyOf(metrics);
    }

    /** What the comparison concluded about one metric. Serialised in lower case. */
    @API(status = EXPERIMENTAL, since = "1.0")
    public enum Verdict {
        IMPROVED,
        UNCHANGED,
        /** Worse beyond the threshold, and significant: the run exits 3 unless something worse happened. */
        REGRESSED,
        INCONCLUSIVE
    }

    /**
     * One metric compared.
     *
     * @param key the metric's key as baselines spell it, {@code <workload id>:<metric name>}
     *     (with {@code [thread N]} for a per-thread metric)
     * @param deltaPercent change of the median against the baseline, in percent (null when it
     *     could not be computed)
     * @param p two-sided p-value of the rank test (null with too few samples)
     * @param reason why the verdict is what it is, in one phrase
     */
    @API(status = EXPERIMENTAL, since = "1.0")
    public record MetricVerdict(String key, Verdict verdict, Double deltaPercent, Double p, String reason) {}

    /** The metrics with this verdict, in order. */
    public List<MetricVerdict> with(Verdict verdict) {
        return metrics.stream().filter(m -> m.verdict() == verdict).toList();
    }

    /** Whether any metric regressed. */
    public boolean hasRegression() {
        return metrics.stream().anyMatch(m -> m.verdict() == Verdict.REGRESSED);
    }
}
