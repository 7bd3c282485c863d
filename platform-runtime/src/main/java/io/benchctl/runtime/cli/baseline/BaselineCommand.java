package io.benchctl.runtime.cli.baseline;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.benchctl.runtime.cli.ExitCodes;
import java.util.concurrent.Callable;
import org.apiguardian.api.API;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code benchctl baseline export|record|compare}. Exit codes: 0 ok, 2 bad usage or input (one line on
 * stderr naming the file), 3 a regression was found. Reports go to stdout, messages to stderr.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@Command(
        name = "baseline",
        description = "Save runs as a baseline and compare new runs with it.",
        mixinStandardHelpOptions = true,
        subcommands = {ExportCommand.class, RecordCommand.class, CompareCommand.class})
public final class BaselineCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    /** Without a subcommand: the usage, and the usage exit code. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}
