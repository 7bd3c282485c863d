package io.benchctl.runtime.baseline;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * A whole comparison: the document {@code schemas/compare.schema.json} describes.
 *
 * @param comparability conditions that differ between the baseline and the run
 * @param metrics metrics on both sides, in baseline key order
 * @param onlyInBaseline keys of metrics the run lacks (a workload dropped, failed or renamed)
 * @param onlyInCurrent keys of metrics the baseline lacks (new workloads)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record CompareReport(
        String schemaVersion,
        String baselineFile,
        String resultFile,
        double thresholdPercent,
        double psiLimit,
        double alpha,
        List<Comparability.Difference> comparability,
        List<MetricComparison> metrics,
        List<String> onlyInBaseline,
        List<String> onlyInCurrent,
        Summary summary) {

    /** The version of the comparison format this code writes. */
    public static final String SCHEMA_VERSION = "1.0.0";

    /** How many metrics got each verdict. */
    public record Summary(int improved, int unchanged, int regressed, int inconclusive) {
        static Summary of(List<MetricComparison> metrics) {
            int[] counts = new int[Verdict.values().length];
            metrics.forEach(m -> counts[m.verdict().ordinal()]++);
            return new Summary(
                    counts[Verdict.IMPROVED.ordinal()],
                    counts[Verdict.UNCHANGED.ordinal()],
                    counts[Verdict.REGRESSED.ordinal()],
                    counts[Verdict.INCONCLUSIVE.ordinal()]);
        }
    }

    /** Whether any metric regressed (the command then exits 3). */
    public boolean hasRegression() {
        return summary.regressed() > 0;
    }
}
