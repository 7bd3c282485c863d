package io.benchctl.runtime.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code benchctl history import|list|show|export|prune|check|trend}: the run history database.
 * Exit codes: 0 ok, 2 bad usage or input (a missing file, a bad URL, a database that is locked,
 * damaged or of a newer schema), always as one line on stderr; {@code check} exits 3 on a
 * regression. Data goes to stdout, messages to stderr.
 */
@Command(
        name = "history",
        description = "Keep runs in a history database (SQLite file or PostgreSQL) and read them back.",
        mixinStandardHelpOptions = true,
        subcommands = {
            HistoryImportCommand.class,
            HistoryListCommand.class,
            HistoryShowCommand.class,
            HistoryExportCommand.class,
            HistoryPruneCommand.class,
            HistoryCheckCommand.class,
            HistoryTrendCommand.class
        })
final class HistoryCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    /** Without a subcommand: the usage, and the usage exit code. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}
