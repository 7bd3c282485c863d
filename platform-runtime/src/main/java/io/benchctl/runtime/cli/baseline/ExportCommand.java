package io.benchctl.runtime.cli.baseline;

import io.benchctl.api.result.RunResult;
import io.benchctl.runtime.baseline.BadInputException;
import io.benchctl.runtime.baseline.BaselineBuilder;
import io.benchctl.runtime.baseline.BaselineCodec;
import io.benchctl.runtime.cli.ExitCodes;
import io.benchctl.runtime.result.ResultCodec;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code benchctl baseline export RESULT.json... --out BASELINE.json}. */
@Command(
        name = "export",
        description = "Merge one or more result files into a baseline.",
        mixinStandardHelpOptions = true)
final class ExportCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "RESULT.json", description = "Result files of runs to merge.")
    private List<Path> results;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "BASELINE.json",
            description = "Baseline file to write (replaced).")
    private Path out;

    @Option(
            names = "--window",
            defaultValue = "10",
            paramLabel = "RUNS",
            description = "Keep the newest RUNS runs per metric (default: ${DEFAULT-VALUE}).")
    private int window;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        return export(results, out, window, spec.commandLine().getErr());
    }

    /**
     * Merges {@code results} into the baseline {@code out}: what {@code baseline export} does, and
     * {@code baseline record} after its runs.
     *
     * @return the exit code: 0, or 2 with one line on {@code err} naming the bad file
     */
    static int export(List<Path> results, Path out, int window, PrintWriter err) {
        try {
            List<BaselineBuilder.SourceResult> sources = new ArrayList<>();
            for (Path file : results) {
                sources.add(new BaselineBuilder.SourceResult(file, readResult(file)));
            }
            Path directory = out.toAbsolutePath().getParent();
            if (!Files.isDirectory(directory)) {
                throw new BadInputException(out + ": directory " + directory + " does not exist");
            }
            BaselineBuilder.Built built = BaselineBuilder.build(sources, window, Instant.now());
            built.warnings().forEach(w -> err.println("benchctl: warning: " + w));
            BaselineCodec.write(built.baseline(), out);
            err.println("wrote " + out + ": " + built.baseline().metrics().size() + " metrics from "
                    + built.baseline().runs().size() + " run(s)");
            return ExitCodes.OK;
        } catch (BadInputException e) {
            err.println("benchctl: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (IOException e) {
            err.println("benchctl: cannot write " + out + ": " + e.getMessage());
            return ExitCodes.USAGE;
        } finally {
            err.flush();
        }
    }

    /** Reads a result file; a missing or malformed one is bad input. */
    static RunResult readResult(Path file) throws BadInputException {
        try {
            return ResultCodec.read(file);
        } catch (IOException e) {
            throw new BadInputException(e.getMessage(), e);
        }
    }
}
