package io.benchctl.api.report;

import static org.apiguardian.api.API.Status.STABLE;

import io.benchctl.api.result.RunResult;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import org.apiguardian.api.API;

/** What the host gives a reporter: where to write and the host's services. */
@API(status = STABLE, since = "1.0")
public interface ReportContext {

    /** The run's output folder; exists. */
    Path outputDirectory();

    /** The console stream for human output (stderr, so stdout stays clean for data). */
    PrintStream console();

    /** True when the user asked for quiet output. */
    boolean quiet();

    /**
     * False when the user turned live terminal output off ({@code --no-tui}); a dashboard then
     * prints plain progress lines. Reporters also check the terminal themselves (not a TTY,
     * {@code TERM=dumb}, {@code NO_COLOR}).
     */
    boolean interactiveAllowed();

    /** The canonical JSON encoding of a result (what the result schema describes), UTF-8. */
    byte[] toJson(RunResult result);

    /**
     * Writes a file in the output folder atomically: to a temporary name, then renamed, so a
     * reader never sees half a file.
     *
     * @return the written file
     */
    Path writeAtomically(String fileName, byte[] content) throws IOException;
}
