package io.benchctl.runtime.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Options every command accepts. */
final class GlobalOptions {
    @Option(
            names = {"-v", "--verbose"},
            description = "More log output on stderr (-vv for debug).")
    boolean[] verbose = new boolean[0];

    @Option(
            names = "--plugins-dir",
            paramLabel = "DIR",
            description =
                    "Plugin folder (repeatable). Default: plugins/ beside the distribution; $BENCHCTL_PLUGINS adds more.")
    List<Path> pluginDirs = new ArrayList<>();

    int verbosity() {
        return verbose.length;
    }
}
