package io.benchctl.runtime.cli;

import io.benchctl.api.report.Formats;
import io.benchctl.api.result.BaselineComparison;
import io.benchctl.api.result.RunResult;
import io.benchctl.api.result.RunStatus;
import io.benchctl.api.result.WorkloadStatus;
import io.benchctl.runtime.baseline.BadInputException;
import io.benchctl.runtime.baseline.BaselineGate;
import io.benchctl.runtime.baseline.ThresholdSources;
import io.benchctl.runtime.orchestrator.ResultComparator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code run --baseline FILE [--threshold PCT] [--strict]}: the run is compared with the baseline
 * as it ends, with {@code baseline compare}'s logic, and its exit code follows one precedence:
 * interrupted (130) over usage (2) over a failed workload (1) over a regression (3) over ok (0).
 */
@Command(
        exitCodeListHeading = "%nExit codes (the first that applies wins):%n",
        exitCodeList = {
            "130:interrupted (Ctrl-C, SIGTERM); what finished is written",
            "2:usage, profile or plugin error, or --baseline not comparable under --strict",
            "1:a workload (or reporter) failed, even if a metric also regressed",
            "3:with --baseline: a metric regressed",
            "0:ok"
        })
final class BaselineGateOptions {

    @Option(
            names = "--baseline",
            paramLabel = "FILE",
            description = "Compare the run with this baseline (from `baseline export` or `baseline record`) as it "
                    + "ends; exit 3 on a regression.")
    Path baselineFile;

    @Option(
            names = "--threshold",
            paramLabel = "PERCENT",
            description = "With --baseline: smallest change that counts, e.g. 5%% (default: the profile's [compare] "
                    + "threshold, else 5%%).")
    String threshold;

    @Option(
            names = "--strict",
            description = "With --baseline: exit 2 when the baseline's host, JVM, benchctl major or profile differ.")
    boolean strict;

    private BaselineGate gate;

    /**
     * Reads the baseline before any workload runs.
     *
     * @return the comparator for the run request, or null without {@code --baseline}
     * @throws UserException (exit 2) when the baseline or the threshold is bad, or an option
     *     needs {@code --baseline}
     */
    ResultComparator open(Path outputDir) {
        if (baselineFile == null) {
            if (threshold != null || strict) {
                throw new UserException(ExitCodes.USAGE, "--threshold and --strict need --baseline FILE");
            }
            return null;
        }
        try {
            gate = BaselineGate.open(baselineFile, new ThresholdSources(null, null, threshold, null, null));
        } catch (BadInputException e) {
            throw new UserException(ExitCodes.USAGE, e.getMessage());
        }
        return result ->
                gate.compare(result, outputDir.resolve(result.runId() + ".json").toString());
    }

    /**
     * The run's exit code, by the one precedence; says on {@code err} why the comparison could not
     * count (not comparable under {@code --strict}, or not made at all).
     */
    int exitCode(RunResult result, int runExitCode, PrintWriter err) {
        if (gate == null || runExitCode == ExitCodes.INTERRUPTED) {
            return runExitCode;
        }
        int comparisonExitCode = comparisonExitCode(result, err);
        err.flush();
        return mostSevere(runExitCode, comparisonExitCode);
    }

    private int comparisonExitCode(RunResult result, PrintWriter err) {
        if (gate.problem().isPresent()) {
            err.println("benchctl: cannot compare with " + baselineFile + ": "
                    + gate.problem().get());
            return ExitCodes.USAGE;
        }
        BaselineComparison comparison = result.comparison();
        if (comparison == null) {
            return ExitCodes.OK;
        }
        if (!comparison.notComparable().isEmpty()) {
            String what = String.join("; ", comparison.notComparable());
            if (strict) {
                err.println("benchctl: " + baselineFile + " and this run are not comparable: " + what);
                return ExitCodes.USAGE;
            }
            err.println("benchctl: warning: " + baselineFile + " and this run are not comparable: " + what);
        }
        return comparison.hasRegression() ? ExitCodes.REGRESSION : ExitCodes.OK;
    }

    /** Interrupted (130) over usage (2) over a failed workload (1) over a regression (3) over ok (0). */
    static int mostSevere(int first, int second) {
        return rank(first) >= rank(second) ? first : second;
    }

    /** Higher is more severe: ok and unknown codes 0, then regression, failure, usage, interrupted. */
    private static int rank(int exitCode) {
        return List.of(ExitCodes.REGRESSION, ExitCodes.WORKLOAD_FAILED, ExitCodes.USAGE, ExitCodes.INTERRUPTED)
                        .indexOf(exitCode)
                + 1;
    }

    /**
     * For the run summary on stdout: a line per regressed or improved metric, then one line that
     * counts what went wrong, e.g. {@code 1 workload failed; 2 metrics regressed}.
     */
    static void printVerdicts(RunResult result, PrintWriter out) {
        BaselineComparison comparison = result.comparison();
        if (comparison == null) {
            return;
        }
        for (BaselineComparison.Verdict verdict :
                List.of(BaselineComparison.Verdict.REGRESSED, BaselineComparison.Verdict.IMPROVED)) {
            for (BaselineComparison.MetricVerdict m : comparison.with(verdict)) {
                out.printf(
                        "%-12s %-40s %8s  %s%n",
                        verdict.name().toLowerCase(Locale.ROOT),
                        m.key(),
                        Formats.signedPercent(m.deltaPercent()),
                        m.reason());
            }
        }
        out.println("compared with " + comparison.baselineFile() + " (threshold "
                + Formats.thresholdPercent(comparison.thresholdPercent()) + "): " + counts(result));
    }

    /** E.g. {@code 1 workload failed; 2 metrics regressed, 1 improved, 9 unchanged, 0 inconclusive}. */
    static String counts(RunResult result) {
        BaselineComparison c = result.comparison();
        long failed = result.tests().stream()
                .filter(t -> t.status() == WorkloadStatus.FAILED)
                .count();
        String workloads = result.status() == RunStatus.FAILED
                ? failed + (failed == 1 ? " workload failed; " : " workloads failed; ")
                : "";
        int regressed = c.with(BaselineComparison.Verdict.REGRESSED).size();
        return workloads + regressed + (regressed == 1 ? " metric" : " metrics") + " regressed, "
                + c.with(BaselineComparison.Verdict.IMPROVED).size() + " improved, "
                + c.with(BaselineComparison.Verdict.UNCHANGED).size() + " unchanged, "
                + c.with(BaselineComparison.Verdict.INCONCLUSIVE).size() + " inconclusive";
    }
}
