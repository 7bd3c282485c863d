package io.benchctl.runtime.cli;

import io.benchctl.api.Resource;
import io.benchctl.runtime.plugins.LoadedModule;
import io.benchctl.runtime.plugins.LoadedReporter;
import io.benchctl.runtime.plugins.PluginProblem;
import java.io.PrintWriter;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code benchctl list}: modules and reporters found, with their plugin, version and JAR. */
@Command(
        name = "list",
        mixinStandardHelpOptions = true,
        description = "List the modules and reporters found in the plugin folders.")
final class ListCommand implements Runnable {
    private static final String ROW = "  %-12s %-18s %-15s %-52s %s%n";

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        try (Session session = Session.open(GlobalOptions.of(spec))) {
            out.println("Modules:");
            out.printf(ROW, "ID", "PLUGIN", "VERSION", "JAR", "RESOURCES / DESCRIPTION");
            for (LoadedModule m : session.catalog().modules()) {
                String resources =
                        m.module().resources().stream().map(Resource::id).collect(Collectors.joining(","));
                out.printf(
                        ROW,
                        m.module().id(),
                        m.plugin().id(),
                        m.plugin().version(),
                        m.plugin().jar(),
                        "[" + resources + "] " + m.module().description());
            }
            out.println("Reporters:");
            out.printf(ROW, "ID", "PLUGIN", "VERSION", "JAR", "DESCRIPTION");
            for (LoadedReporter r : session.catalog().reporters()) {
                out.printf(
                        ROW,
                        r.reporter().id(),
                        r.plugin().id(),
                        r.plugin().version(),
                        r.plugin().jar(),
                        r.reporter().description());
            }
            if (!session.catalog().problems().isEmpty()) {
                out.println("Plugins not loaded:");
                for (PluginProblem problem : session.catalog().problems()) {
                    out.println("  " + problem.warning());
                }
            }
            out.println("Plugin folders: " + Home.pluginDirs(GlobalOptions.of(spec).pluginDirs));
            out.flush();
        }
    }
}
