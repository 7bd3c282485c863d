package io.benchctl.runtime.cli;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code benchctl run} executed in this process, exactly as the command line runs it (its options,
 * messages, exit codes and signal handling), for commands that run a profile several times such as
 * {@code baseline record}. Each call opens its own session: plugins are loaded afresh, so no state
 * is shared between runs but the JVM itself.
 */
@API(status = INTERNAL, since = "0.1")
public final class InProcessRun {

    /**
     * @param exitCode what {@code benchctl run} would have exited with
     * @param resultFile the result file the run wrote, or null when it ended before writing one
     */
    public record Finished(int exitCode, Path resultFile) {}

    private InProcessRun() {}

    /**
     * Runs {@code benchctl <the caller's global options> run <runArguments>}, printing on the
     * caller's stdout and stderr.
     */
    public static Finished run(CommandSpec caller, List<String> runArguments) {
        CommandLine line = Main.commandLine(List.of(RunCommand.class));
        line.setOut(caller.commandLine().getOut());
        line.setErr(caller.commandLine().getErr());
        List<String> args = new ArrayList<>(GlobalOptions.of(caller).asArguments());
        args.add("run");
        args.addAll(runArguments);
        int exitCode = line.execute(args.toArray(String[]::new));
        RunCommand run = line.getSubcommands().get("run").getCommand();
        return new Finished(exitCode, run.resultFile);
    }
}
