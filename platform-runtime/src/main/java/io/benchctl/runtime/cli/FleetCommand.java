package io.benchctl.runtime.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code benchctl fleet plan} (network pairs) and {@code fleet report} (many hosts' runs merged). */
@Command(
        name = "fleet",
        description = "Plan network pairs for a fleet, and merge the runs of many hosts into one fleet report.",
        mixinStandardHelpOptions = true,
        subcommands = {FleetReportCommand.class, FleetPlanCommand.class})
final class FleetCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    /** Without a subcommand: the usage, and the usage exit code. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}
