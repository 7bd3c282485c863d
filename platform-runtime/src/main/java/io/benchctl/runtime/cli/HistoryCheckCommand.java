package io.benchctl.runtime.cli;

import io.benchctl.history.changepoint.ChangePoint;
import io.benchctl.history.changepoint.ChangePointDetector;
import io.benchctl.history.changepoint.ChangePointOptions;
import io.benchctl.history.store.HistoryStore;
import io.benchctl.runtime.baseline.Thresholds;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code benchctl history check}: finds the change points of every series (each run's headline
 * value, oldest first) and fails, exit 3, when a series' newest change point is a regression
 * beyond the threshold. The analysis runs afresh over the whole history each time and no analysis
 * state is kept in the database: the detection takes well under a second for 10 000 runs of 50
 * metrics, and reading the series, which costs more, would not be saved by a kept state.
 */
@Command(
        name = "check",
        description = "Find the change points of every series; exit 3 when a series' newest change point"
                + " is a regression beyond the threshold.",
        mixinStandardHelpOptions = true,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:no series' newest change point is a regression beyond the threshold",
            "2:usage error: no history, no series selected, a bad option value",
            "3:a series' newest change point is a regression beyond the threshold with p < --max-pvalue"
        })
final class HistoryCheckCommand extends HistorySubcommand {

    /** A regression smaller than this is listed but does not fail the check (baseline compare's default). */
    static final double DEFAULT_THRESHOLD_PERCENT = Thresholds.DEFAULTS.globalPercent();

    enum Format {
        text,
        json,
        markdown
    }

    @Option(
            names = "--metric",
            paramLabel = "GLOB",
            description = "Only metrics whose name or workload/name matches (* any text, ? one character).")
    String metricGlob;

    @Option(names = "--host", paramLabel = "ID", description = "Only this host's series.")
    String host;

    @Option(
            names = "--window",
            paramLabel = "N",
            description = "Runs analysed at once (default: " + ChangePointOptions.DEFAULT_WINDOW + ").")
    int window = ChangePointOptions.DEFAULT_WINDOW;

    @Option(
            names = "--max-pvalue",
            paramLabel = "P",
            description = "Largest p-value of a change point (default: 5e-5).")
    double maxPValue = ChangePointOptions.DEFAULT_MAX_P_VALUE;

    @Option(
            names = "--min-magnitude",
            paramLabel = "PCT",
            description = "Smallest change of the mean a change point has, e.g. 2%% (default: 1%%).")
    String minMagnitude;

    @Option(
            names = "--threshold",
            paramLabel = "PCT",
            description = "Smallest regression that fails the check, e.g. 10%% (default: 5%%).")
    String threshold;

    @Option(names = "--format", paramLabel = "text|json|markdown", description = "text (default), json or markdown.")
    Format format = Format.text;

    /** Whether a change point fails the check: a significant regression beyond the threshold. */
    record Gate(double thresholdPercent, double maxPValue) {
        boolean fails(ChangePoint point) {
            return point != null
                    && point.regression()
                    && point.pValue() < maxPValue
                    && -point.improvement() * 100 > thresholdPercent;
        }
    }

    /** A series, its change points and whether its newest one fails the check. */
    record Checked(AnalysedSeries series, boolean failing) {}

    @Override
    boolean createsDatabase() {
        return false;
    }

    @Override
    int run(HistoryStore store) {
        ChangePointOptions options = options();
        Gate gate =
                new Gate(threshold == null ? DEFAULT_THRESHOLD_PERCENT : percent("--threshold", threshold), maxPValue);
        List<Checked> checked =
                AnalysedSeries.select(store, host, metricGlob, new ChangePointDetector(options)).stream()
                        .map(s -> new Checked(s, gate.fails(s.analysis().latest())))
                        .toList();
        boolean failing = checked.stream().anyMatch(Checked::failing);
        int exitCode = failing ? ExitCodes.REGRESSION : ExitCodes.OK;
        CheckReport report = new CheckReport(store.location().shown(), options, gate, checked, exitCode);
        switch (format) {
            case text -> report.text(out());
            case markdown -> report.markdown(out());
            case json -> out().println(report.json());
        }
        out().flush();
        return exitCode;
    }

    private ChangePointOptions options() {
        double magnitude = minMagnitude == null
                ? ChangePointOptions.DEFAULT_MIN_MAGNITUDE
                : percent("--min-magnitude", minMagnitude) / 100;
        if (window < 2) {
            throw new UserException(ExitCodes.USAGE, "--window must be at least 2 runs, not " + window);
        }
        if (!(maxPValue > 0 && maxPValue <= 1)) {
            throw new UserException(ExitCodes.USAGE, "--max-pvalue must be above 0 and at most 1, not " + maxPValue);
        }
        return new ChangePointOptions(window, maxPValue, magnitude);
    }

    private static double percent(String option, String text) {
        try {
            return Thresholds.parsePercent(text);
        } catch (IllegalArgumentException e) {
            throw new UserException(ExitCodes.USAGE, option + ": " + e.getMessage());
        }
    }
}
