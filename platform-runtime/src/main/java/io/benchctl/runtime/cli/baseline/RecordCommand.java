package io.benchctl.runtime.cli.baseline;

import io.benchctl.runtime.cli.ExitCodes;
import io.benchctl.runtime.cli.InProcessRun;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code benchctl baseline record --runs N --out BASELINE.json}: runs the profile N times, each a
 * full {@code benchctl run} in this process with its own result files, then merges the N results
 * as {@code baseline export} does. Any run that does not end ok stops the recording and no
 * baseline is written: the baseline of a gate must hold only clean runs.
 */
@Command(
        name = "record",
        description =
                "Run the profile N times (JSON results only, no dashboard) and write a baseline from those " + "runs.",
        mixinStandardHelpOptions = true,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the baseline was written",
            "1:a workload failed in one of the runs (named); no baseline written",
            "2:bad usage, or --out exists without --force; no baseline written",
            "130:interrupted; no baseline written"
        })
final class RecordCommand implements Callable<Integer> {

    @Option(
            names = "--runs",
            required = true,
            paramLabel = "N",
            description = "How many runs (at least 2 for a run-to-run spread; 1 uses the one-run allowance).")
    private int runs;

    @Option(names = "--out", required = true, paramLabel = "BASELINE.json", description = "Baseline file to write.")
    private Path out;

    @Option(names = "--force", description = "Replace --out when it exists.")
    private boolean force;

    @Option(names = "--profile", paramLabel = "FILE", description = "TOML profile (default: as for `run`).")
    private Path profile;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override a setting, as for `run`.")
    private List<String> sets = new ArrayList<>();

    @Option(names = "--modules", split = ",", paramLabel = "MODULE", description = "Run only these modules.")
    private List<String> modules = new ArrayList<>();

    @Option(names = "--output", paramLabel = "DIR", description = "Output folder for the runs' results.")
    private Path output;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (runs < 1) {
            return usage(err, "--runs: expected at least 1, found " + runs);
        }
        if (Files.exists(out) && !force) {
            return usage(err, out + " exists; add --force to replace it");
        }
        Path directory = out.toAbsolutePath().getParent();
        if (!Files.isDirectory(directory)) {
            return usage(err, out + ": directory " + directory + " does not exist");
        }
        if (runs == 1) {
            err.println("benchctl: warning: a one-run baseline has no run-to-run spread; compare allows a "
                    + "stated factor of 1.25 in its place (record --runs 2 or more to measure it)");
        }
        List<Path> results = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            err.println("benchctl: baseline record: run " + run + " of " + runs);
            err.flush();
            InProcessRun.Finished finished = InProcessRun.run(spec, runArguments());
            if (finished.exitCode() != ExitCodes.OK) {
                return stopped(err, run, finished.exitCode());
            }
            results.add(finished.resultFile());
        }
        return ExportCommand.export(results, out, Math.max(runs, 10), err);
    }

    private List<String> runArguments() {
        List<String> args = new ArrayList<>(List.of("--reporters", "json", "--no-tui"));
        if (profile != null) {
            args.addAll(List.of("--profile", profile.toString()));
        }
        if (output != null) {
            args.addAll(List.of("--output", output.toString()));
        }
        if (!modules.isEmpty()) {
            args.addAll(List.of("--modules", String.join(",", modules)));
        }
        sets.forEach(set -> args.addAll(List.of("--set", set)));
        return args;
    }

    private int stopped(PrintWriter err, int run, int exitCode) {
        String why = exitCode == ExitCodes.INTERRUPTED
                ? "was interrupted"
                : exitCode == ExitCodes.WORKLOAD_FAILED ? "had a failed workload" : "could not start";
        err.println("benchctl: baseline record: run " + run + " of " + runs + " " + why + "; no baseline written");
        err.flush();
        return exitCode;
    }

    private static int usage(PrintWriter err, String message) {
        err.println("benchctl: " + message);
        err.flush();
        return ExitCodes.USAGE;
    }
}
