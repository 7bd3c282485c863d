package io.benchctl.runtime.cli;

import io.benchctl.api.result.RunResult;
import io.benchctl.runtime.config.NearestName;
import io.benchctl.runtime.orchestrator.OutputFolder;
import io.benchctl.runtime.plugins.LoadedReporter;
import io.benchctl.runtime.result.JournalReader;
import io.benchctl.runtime.result.ResultCodec;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code benchctl report}: re-render a saved result, or the journal of an interrupted run. */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = "Re-render a saved result (.json) or journal (.jsonl).")
final class ReportCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "RESULT", description = "A result document (.json) or a run journal (.jsonl).")
    Path resultFile;

    @Option(
            names = "--reporters",
            split = ",",
            paramLabel = "ID",
            description = "Reporters to render with (default: markdown).")
    List<String> reporterIds = List.of("markdown");

    @Option(names = "--output", paramLabel = "DIR", description = "Output folder (default: the result's folder).")
    Path output;

    @Override
    public void run() {
        RunResult result;
        try {
            result = resultFile.toString().endsWith(".jsonl")
                    ? JournalReader.read(resultFile)
                    : ResultCodec.read(resultFile);
        } catch (IOException e) {
            throw new UserException(ExitCodes.USAGE, e.getMessage());
        }
        Path dir = (output != null ? output : resultFile.toAbsolutePath().getParent()).toAbsolutePath();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UserException(ExitCodes.USAGE, "cannot create the output folder " + dir + ": " + e.getMessage());
        }
        try (Session session = Session.open(GlobalOptions.of(spec))) {
            List<String> known = session.catalog().reporters().stream()
                    .map(r -> r.reporter().id())
                    .toList();
            PrintStream console = System.err; // reporters say where they wrote on stderr: stdout is for results
            OutputFolder folder = new OutputFolder(dir, console, false, false);
            for (String id : reporterIds) {
                LoadedReporter reporter = session.catalog()
                        .reporter(id)
                        .orElseThrow(() -> new UserException(
                                ExitCodes.USAGE, "unknown reporter '" + id + "'" + NearestName.hint(id, known)));
                try {
                    reporter.reporter().write(result, folder);
                } catch (IOException | RuntimeException e) {
                    throw new UserException(
                            ExitCodes.WORKLOAD_FAILED, "reporter '" + id + "' failed: " + e.getMessage());
                }
            }
        }
    }
}
