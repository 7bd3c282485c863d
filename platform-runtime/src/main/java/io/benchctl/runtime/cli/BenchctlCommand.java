package io.benchctl.runtime.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The root command: prints usage when called alone. */
@Command(
        name = "benchctl",
        mixinStandardHelpOptions = true,
        versionProvider = VersionInfo.class,
        description = "Host benchmarks with trustworthy statistics: CPU, memory, disk, syscalls, network.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:all workloads ok",
            "1:a workload failed (the others ran and were reported)",
            "2:usage, profile or plugin-selection error (nothing ran)",
            "3:baseline compare found a regression",
            "130:interrupted (what finished is still written)"
        })
public final class BenchctlCommand implements Runnable {
    /**
     * The subcommands, in help order. Not in {@code @Command(subcommands)}: picocli would build
     * every one's model up front, and {@link Main} registers only the one a command line names.
     */
    static final List<Class<?>> SUBCOMMANDS = List.of(
            RunCommand.class,
            ListCommand.class,
            DescribeCommand.class,
            ValidateCommand.class,
            SysinfoCommand.class,
            ReportCommand.class,
            io.benchctl.runtime.cli.baseline.BaselineCommand.class,
            HistoryCommand.class,
            FleetCommand.class,
            PeerCommand.class,
            CompletionCommand.class);

    /** Accepted before the subcommand's name and, inherited, after it. */
    @Mixin(name = GlobalOptions.MIXIN_NAME)
    GlobalOptions global;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(
                spec.commandLine(), "a command is required (run, list, describe, validate, sysinfo, report, ...)");
    }
}
