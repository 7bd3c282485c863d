package io.benchctl.runtime.baseline;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.benchctl.api.result.BaselineComparison;
import io.benchctl.api.result.RunResult;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * {@code benchctl run --baseline}: compares the finished run with a baseline, with the logic of
 * {@code baseline compare}, before the reporters write. The baseline and the threshold are read
 * when the gate opens, so a bad file or value stops the run before any workload starts.
 *
 * <p>A comparison that fails after the run (a histogram the run wrote cannot be read) does not
 * lose the run: {@link #compare} then returns null and {@link #problem()} says why.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class BaselineGate {

    private final Baseline baseline;
    private final String baselineName;
    private final ThresholdSources thresholds;
    private volatile CompareReport report;
    private volatile String problem;

    private BaselineGate(Baseline baseline, String baselineName, ThresholdSources thresholds) {
        this.baseline = baseline;
        this.baselineName = baselineName;
        this.thresholds = thresholds;
    }

    /**
     * @throws BadInputException when the baseline cannot be read or the threshold is malformed
     */
    public static BaselineGate open(Path baselineFile, ThresholdSources thresholds) throws BadInputException {
        if (thresholds.threshold() != null) {
            try {
                Thresholds.parsePercent(thresholds.threshold());
            } catch (IllegalArgumentException e) {
                throw new BadInputException("--threshold: " + e.getMessage());
            }
        }
        return new BaselineGate(BaselineCodec.read(baselineFile), baselineFile.toString(), thresholds);
    }

    /**
     * Compares {@code result}, remembering the full report for the caller.
     *
     * @param resultName how to name the run, e.g. its result file
     * @return the comparison to attach to the result, or null when it could not be made
     */
    public BaselineComparison compare(RunResult result, String resultName) {
        try {
            report = Comparison.compare(
                    baseline, baselineName, result, resultName, thresholds.resolve(result, resultName));
            return summary(report);
        } catch (BadInputException e) {
            problem = e.getMessage();
            return null;
        }
    }

    /** The full report of the last comparison, when one was made. */
    public Optional<CompareReport> report() {
        return Optional.ofNullable(report);
    }

    /** Why the comparison could not be made, when it could not. */
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    /** The part of a report a result file carries: per metric verdict, delta, p and reason. */
    public static BaselineComparison summary(CompareReport report) {
        return new BaselineComparison(
                report.baselineFile(),
                report.thresholdPercent(),
                report.comparability().stream()
                        .map(Comparability.Difference::describe)
                        .toList(),
                report.metrics().stream()
                        .map(m -> new BaselineComparison.MetricVerdict(
                                m.key(),
                                BaselineComparison.Verdict.valueOf(
                                        m.verdict().name().toUpperCase(Locale.ROOT)),
                                m.deltaPercent(),
                                m.mannWhitneyP(),
                                m.reason()))
                        .toList());
    }
}
