package io.benchctl.runtime.cli.baseline;

import io.benchctl.api.result.RunResult;
import io.benchctl.runtime.baseline.BadInputException;
import io.benchctl.runtime.baseline.Baseline;
import io.benchctl.runtime.baseline.BaselineCodec;
import io.benchctl.runtime.baseline.Comparability;
import io.benchctl.runtime.baseline.CompareReport;
import io.benchctl.runtime.baseline.Comparison;
import io.benchctl.runtime.baseline.MarkdownReport;
import io.benchctl.runtime.baseline.TextReport;
import io.benchctl.runtime.baseline.ThresholdSources;
import io.benchctl.runtime.baseline.Thresholds;
import io.benchctl.runtime.cli.ExitCodes;
import io.benchctl.runtime.result.ResultCodec;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code benchctl baseline compare --baseline BASELINE.json RESULT.json}. */
@Command(
        name = "compare",
        description = "Compare a run with a baseline; exit 3 on a significant regression beyond the threshold.",
        mixinStandardHelpOptions = true,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:no regression",
            "2:bad usage, unreadable file, or not comparable with --strict",
            "3:a metric regressed: beyond its threshold, significant, outside the run-to-run spread"
        })
final class CompareCommand implements Callable<Integer> {

    enum Format {
        text,
        markdown,
        json
    }

    @Option(
            names = "--baseline",
            required = true,
            paramLabel = "BASELINE.json",
            description = "A baseline written by `baseline export`.")
    private Path baselineFile;

    @Parameters(index = "0", paramLabel = "RESULT.json", description = "The run to compare.")
    private Path resultFile;

    @Option(
            names = "--threshold",
            paramLabel = "PERCENT",
            description = "Smallest change that counts, e.g. 5%% (default: the profile's [compare] threshold, "
                    + "else 5%%).")
    private String threshold;

    @Option(
            names = "--psi-limit",
            paramLabel = "PSI",
            description = "Histogram PSI above which the report names a distribution shift (default 0.25).")
    private Double psiLimit;

    @Option(
            names = "--alpha",
            paramLabel = "P",
            description = "Significance level of the Mann–Whitney U test (default 0.05).")
    private Double alpha;

    @Option(
            names = "--profile",
            paramLabel = "FILE",
            description = "Profile whose [compare] table sets thresholds (default: the one the run recorded).")
    private Path profile;

    @Option(
            names = "--thresholds",
            paramLabel = "FILE",
            description = "TOML file with a [compare] table; its patterns take precedence over the profile's.")
    private Path thresholdsFile;

    @Option(names = "--strict", description = "Fail (exit 2) when host, JVM, benchctl major or profile differ.")
    private boolean strict;

    @Option(
            names = "--format",
            defaultValue = "text",
            paramLabel = "FORMAT",
            description = "text, markdown or json (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Option(
            names = "--summary-file",
            paramLabel = "FILE",
            defaultValue = "${env:GITHUB_STEP_SUMMARY}",
            description = "Append the Markdown report to FILE (default: $GITHUB_STEP_SUMMARY when set).")
    private Path summaryFile;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            Baseline baseline = BaselineCodec.read(baselineFile);
            RunResult current = ExportCommand.readResult(resultFile);
            Thresholds thresholds = new ThresholdSources(profile, thresholdsFile, threshold, psiLimit, alpha)
                    .resolve(current, resultFile.toString());
            CompareReport report =
                    Comparison.compare(baseline, baselineFile.toString(), current, resultFile.toString(), thresholds);
            if (!report.comparability().isEmpty()) {
                String what = report.comparability().stream()
                        .map(Comparability.Difference::describe)
                        .collect(Collectors.joining("; "));
                if (strict) {
                    throw new BadInputException(baselineFile + " and " + resultFile + " are not comparable: " + what);
                }
                err.println(
                        "benchctl: warning: " + baselineFile + " and " + resultFile + " are not comparable: " + what);
            }
            PrintWriter out = spec.commandLine().getOut();
            out.print(
                    switch (format) {
                        case text -> TextReport.render(report);
                        case markdown -> MarkdownReport.render(report);
                        case json -> ResultCodec.mapper().writeValueAsString(report) + "\n";
                    });
            out.flush();
            appendSummary(report, err);
            return report.hasRegression() ? ExitCodes.REGRESSION : ExitCodes.OK;
        } catch (BadInputException e) {
            err.println("benchctl: " + e.getMessage());
            return ExitCodes.USAGE;
        }
    }

    /** In CI the Markdown report also lands on the job's summary page; failing to is only a warning. */
    private void appendSummary(CompareReport report, PrintWriter err) {
        if (summaryFile == null || summaryFile.toString().isBlank()) {
            return;
        }
        try {
            Files.writeString(
                    summaryFile,
                    MarkdownReport.render(report),
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            err.println("benchctl: warning: cannot append the summary to " + summaryFile + ": " + e.getMessage());
        }
    }
}
