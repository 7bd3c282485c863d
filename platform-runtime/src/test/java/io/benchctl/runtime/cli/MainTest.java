package io.benchctl.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which subcommands a command line gets built with: only the one it names, after any global options. */
class MainTest {
    @Test
    void theNamedCommandIsFoundAfterGlobalOptionsAndTheirValues() {
        assertEquals(List.of(ListCommand.class), Main.subcommandsFor(new String[] {"list"}));
        assertEquals(
                List.of(ListCommand.class), Main.subcommandsFor(new String[] {"--plugins-dir", "/p", "-v", "list"}));
        assertEquals(
                List.of(RunCommand.class),
                Main.subcommandsFor(new String[] {"--plugins-dir", "list", "--log-json", "run", "--quiet"}),
                "'list' here is the plugin folder, not the command");
    }

    @Test
    void withoutACommandNameEveryCommandIsBuilt() {
        assertEquals(BenchctlCommand.SUBCOMMANDS, Main.subcommandsFor(new String[] {"--plugins-dir", "/p"}));
        assertEquals(BenchctlCommand.SUBCOMMANDS, Main.subcommandsFor(new String[] {"--quiet", "lsit"}));
        assertEquals(BenchctlCommand.SUBCOMMANDS, Main.subcommandsFor(new String[] {"completion", "bash"}));
    }
}
