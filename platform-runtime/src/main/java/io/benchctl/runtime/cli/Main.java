package io.benchctl.runtime.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Entry point of {@code bin/benchctl}. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs one command line and returns its exit code (tests call this in-process). */
    public static int execute(String... args) {
        CommandLine commandLine = commandLine();
        return commandLine.execute(args);
    }

    /** The configured command line, for embedding and tests. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new BenchctlCommand());
        commandLine.setExecutionStrategy(parseResult -> {
            CommandLine.ParseResult last = parseResult;
            while (last.subcommand() != null) {
                last = last.subcommand();
            }
            var global = last.commandSpec().mixins().get("global");
            GlobalOptions options = global == null ? new GlobalOptions() : (GlobalOptions) global.userObject();
            boolean json = last.hasMatchedOption("--log-json");
            boolean quiet = last.hasMatchedOption("--quiet");
            Logging.configure(options.verbosity(), json, quiet);
            return new CommandLine.RunLast().execute(parseResult);
        });
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            PrintWriter err = cmd.getErr();
            if (exception instanceof UserException user) {
                err.println("benchctl: " + user.getMessage());
                err.flush();
                return user.exitCode();
            }
            err.println("benchctl: internal error: " + exception);
            exception.printStackTrace(err);
            err.flush();
            return ExitCodes.WORKLOAD_FAILED;
        });
        commandLine.setParameterExceptionHandler((exception, args) -> {
            PrintWriter err = exception.getCommandLine().getErr();
            err.println("benchctl: " + exception.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(exception, err);
            err.println("Try '" + exception.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            err.flush();
            return ExitCodes.USAGE;
        });
        return commandLine;
    }
}
