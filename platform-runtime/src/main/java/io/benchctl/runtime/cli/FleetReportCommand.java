package io.benchctl.runtime.cli;

import io.benchctl.runtime.baseline.BadInputException;
import io.benchctl.runtime.fleet.FleetAnalysis;
import io.benchctl.runtime.fleet.FleetHtml;
import io.benchctl.runtime.fleet.FleetInputs;
import io.benchctl.runtime.fleet.FleetMarkdown;
import io.benchctl.runtime.fleet.FleetReport;
import io.benchctl.runtime.fleet.FleetText;
import io.benchctl.runtime.fleet.OutlierRule;
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
            "3:--fail-on-outlier and a host is an outlier"
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
            output.checkWritable();
            FleetInputs read = FleetInputs.read(inputs);
            if (read.hosts().isEmpty()) {
                read.skipped().forEach(s -> err.println("benchctl: skipped " + s.file() + ": " + s.reason()));
                throw new BadInputException("no result to merge in " + inputs);
            }
            FleetReport report = FleetAnalysis.analyse(read, new OutlierRule(k, OutlierRule.DEFAULT_ALPHA));
            output.write(render(report), "the fleet report", spec.commandLine().getOut(), err);
            if (report.anyOutlier()) {
                err.println("benchctl: outlier host(s): " + FleetAnalysis.outlierHosts(report));
            }
            return failOnOutlier && report.anyOutlier() ? ExitCodes.REGRESSION : ExitCodes.OK;
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
