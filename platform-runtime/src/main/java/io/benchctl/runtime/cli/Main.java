package io.benchctl.runtime.cli;

import io.benchctl.runtime.platform.Platforms;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;

/** Entry point of {@code bin/benchctl}. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs one command line and returns its exit code (tests call this in-process). */
    public static int execute(String... args) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            // The most typed command skips picocli, whose start (old class files that the AOT
            // cache cannot hold, annotation proxies) is most of a --version's time. Same text.
            PrintWriter out = new PrintWriter(System.out, true);
            for (String line : new VersionInfo().getVersion()) {
                out.println(line);
            }
            return ExitCodes.OK;
        }
        return commandLine(subcommandsFor(args)).execute(args);
    }

    /** The configured command line with every subcommand, for embedding and tests. */
    public static CommandLine commandLine() {
        return commandLine(BenchctlCommand.SUBCOMMANDS);
    }

    /**
     * Picocli builds a subcommand's model by reflection whether it runs or not (about half its
     * start-up cost for seven subcommands), so a command line that names a subcommand (after any
     * global options) gets only that one. Everything else (help, a misspelt command that wants
     * suggestions, {@code completion} which walks the whole tree) gets all.
     */
    static List<Class<?>> subcommandsFor(String[] args) {
        if (args.length == 0) {
            return BenchctlCommand.SUBCOMMANDS;
        }
        String name = GlobalOptions.commandName(args).orElse("");
        for (Class<?> subcommand : BenchctlCommand.SUBCOMMANDS) {
            if (subcommand != CompletionCommand.class
                    && subcommand
                            .getAnnotation(CommandLine.Command.class)
                            .name()
                            .equals(name)) {
                return List.of(subcommand);
            }
        }
        return BenchctlCommand.SUBCOMMANDS;
    }

    static CommandLine commandLine(List<Class<?>> subcommands) {
        CommandLine commandLine = new CommandLine(new BenchctlCommand());
        for (Class<?> subcommand : subcommands) {
            commandLine.addSubcommand(subcommand);
        }
        // @FILE is an argument's own value (fleet plan --hosts @FILE), never picocli's argument file
        commandLine.setExpandAtFiles(false);
        commandLine.setExecutionStrategy(parseResult -> {
            if (helpOrVersionRequested(parseResult)) {
                // Nothing logs while printing help or a version: skip setting up logging.
                return new CommandLine.RunLast().execute(parseResult);
            }
            GlobalOptions options = GlobalOptions.of(parseResult.commandSpec());
            Logging.configure(options.verbosity(), options.logJson, options.quiet);
            try {
                Platforms.checkRequested();
            } catch (Platforms.UnknownPlatformException e) {
                PrintWriter err = parseResult.commandSpec().commandLine().getErr();
                err.println("benchctl: " + e.getMessage());
                err.flush();
                return ExitCodes.USAGE;
            }
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

    private static boolean helpOrVersionRequested(CommandLine.ParseResult parseResult) {
        for (CommandLine.ParseResult level = parseResult; level != null; level = level.subcommand()) {
            if (level.isUsageHelpRequested() || level.isVersionHelpRequested()) {
                return true;
            }
        }
        return false;
    }
}
