package io.benchctl.runtime.cli;

import io.benchctl.history.store.HistoryException;
import io.benchctl.history.store.HistoryLocation;
import io.benchctl.history.store.HistoryStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What every {@code history} subcommand shares: where the database is, opening it, and turning
 * its errors into one line and exit code 2.
 */
abstract class HistorySubcommand implements Callable<Integer> {

    /** Where the history is when neither {@code --history} nor the variable names it. */
    static final Path DEFAULT_FILE = Path.of("results", "history.db");

    static final String ENVIRONMENT_VARIABLE = "BENCHCTL_HISTORY";

    @Spec
    CommandSpec spec;

    @Option(
            names = "--history",
            paramLabel = "PATH|URL",
            description = "The history: a SQLite file or a jdbc:postgresql:// URL without password" + " (default: $"
                    + ENVIRONMENT_VARIABLE + ", else results/history.db).")
    String history;

    /** Whether a missing SQLite file is created (only commands that write create one). */
    abstract boolean createsDatabase();

    abstract int run(HistoryStore store);

    @Override
    public final Integer call() {
        HistoryLocation location = location(history, System.getenv());
        try (HistoryStore store =
                createsDatabase() ? HistoryStore.open(location) : HistoryStore.openExisting(location)) {
            return run(store);
        } catch (HistoryException e) {
            throw new UserException(ExitCodes.USAGE, e.getMessage());
        }
    }

    /** {@code --history}, else {@code $BENCHCTL_HISTORY}, else {@link #DEFAULT_FILE}. */
    static HistoryLocation location(String option, Map<String, String> environment) {
        try {
            if (option != null) {
                return HistoryLocation.parse(option);
            }
            String variable = environment.get(ENVIRONMENT_VARIABLE);
            if (variable != null && !variable.isBlank()) {
                return HistoryLocation.parse(variable);
            }
            return HistoryLocation.of(DEFAULT_FILE);
        } catch (HistoryException e) {
            throw new UserException(ExitCodes.USAGE, e.getMessage());
        }
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
