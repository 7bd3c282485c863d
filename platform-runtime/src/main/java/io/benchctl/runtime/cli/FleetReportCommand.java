package io.benchctl.runtime.cli;

import io.benchctl.runtime.baseline.BadInputException;
import io.benchctl.runtime.fleet.FleetAnalysis;
import io.benchctl.runtime.fleet.FleetHtml;
import io.benchctl.runtime.fleet.FleetInputs;
import io.benchctl.runtime.fleet.FleetMarkdown;
import io.benchctl.runtime.fleet.FleetReport;
import io.benchctl.runtime.fleet.FleetText;
import io.benchctl.runtime.fleet.OutlierRule;
import io.benchctl.runtime.fleet.PairPlan.Pair;
import io.benchctl.runtime.fleet.PairPlans;
import io.benchctl.runtime.result.ResultCodec;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code benchctl fleet report RESULT.json... | DIR}. */
@Command(
        name = "report",
        description = "Merge runs of one profile from many hosts: every host side by side, outlier hosts within "
                + "hardware groups, fleet latency percentiles, the network matrix.",
        mixinStandardHelpOptions = true,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:report written",
            "2:bad usage, an unreadable named file, no result to merge, or --out exists without --force",
            "3:--fail-on-outlier and a host is an outlier, or --fail-on-missing-pair and a planned pair has no result"
        })
final class FleetReportCommand implements Callable<Integer> {

    enum Format {
        text,
        markdown,
        html,
        json
    }

    @Parameters(
            arity = "1..*",
            paramLabel = "RESULT.json|DIR",
            description = "Result files, or folders whose *.json results are all read (latest.json is skipped).")
    private List<Path> inputs;

    @Option(
            names = "--format",
            defaultValue = "text",
            paramLabel = "FORMAT",
            description = "text, markdown, html or json (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Mixin
    private OutputFileOptions output = new OutputFileOptions();

    @Option(names = "--fail-on-outlier", description = "Exit 3 when any host is an outlier.")
    private boolean failOnOutlier;

    @Option(
            names = "--plan",
            paramLabel = "PLAN.json",
            description = "The pairing plan of the network tests (fleet plan --format json): planned pairs without a"
                    + " result are shown as missing.")
    private Path plan;

    @Option(names = "--fail-on-missing-pair", description = "With --plan: exit 3 when a planned pair has no result.")
    private boolean failOnMissingPair;

    @Option(
            names = "--k",
            defaultValue = "3",
            paramLabel = "K",
            description = "Outlier reach in scaled MADs around the group median (default: ${DEFAULT-VALUE}).")
    private double k;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            if (!(k > 0)) {
                throw new BadInputException("--k must be a positive number, got " + k);
            }
            if (failOnMissingPair && plan == null) {
                throw new BadInputException("--fail-on-missing-pair needs --plan PLAN.json");
            }
            output.checkWritable();
            List<Pair> planned = plan == null ? List.of() : PairPlans.read(plan);
            FleetInputs read = FleetInputs.read(inputs);
            if (read.hosts().isEmpty()) {
                read.skipped().forEach(s -> err.println("benchctl: skipped " + s.file() + ": " + s.reason()));
                throw new BadInputException("no result to merge in " + inputs);
            }
            FleetReport report = FleetAnalysis.analyse(
                    read,
                    new OutlierRule(k, OutlierRule.DEFAULT_ALPHA),
                    plan == null ? null : plan.toString(),
                    planned);
            output.write(render(report), "the fleet report", spec.commandLine().getOut(), err);
            if (report.anyOutlier()) {
                err.println("benchctl: outlier host(s): " + FleetAnalysis.outlierHosts(report));
            }
            if (report.anyMissingPair()) {
                err.println("benchctl: planned pair(s) without a result: "
                        + String.join(
                                ", ",
                                report.plan().missing().stream()
                                        .map(Pair::toString)
                                        .toList()));
            }
            boolean failed = failOnOutlier && report.anyOutlier() || failOnMissingPair && report.anyMissingPair();
            return failed ? ExitCodes.REGRESSION : ExitCodes.OK;
        } catch (BadInputException e) {
            err.println("benchctl: " + e.getMessage());
            return ExitCodes.USAGE;
        }
    }

    private String render(FleetReport report) {
        return switch (format) {
            case text -> FleetText.render(report);
            case markdown -> FleetMarkdown.render(report);
            case html -> FleetHtml.render(report);
            case json -> ResultCodec.mapper().writeValueAsString(report) + "\n";
        };
    }
}
