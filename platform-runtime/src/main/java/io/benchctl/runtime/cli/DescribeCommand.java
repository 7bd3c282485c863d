package io.benchctl.runtime.cli;

import io.benchctl.api.BenchmarkModule;
import io.benchctl.api.Resource;
import io.benchctl.runtime.config.NearestName;
import io.benchctl.runtime.plugins.LoadedModule;
import io.benchctl.runtime.result.ResultCodec;
import java.io.PrintWriter;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code benchctl describe MODULE}: its settings, defaults on this host, and JSON Schema. */
@Command(
        name = "describe",
        mixinStandardHelpOptions = true,
        description = "Show a module's settings, defaults and JSON Schema.")
final class DescribeCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "MODULE", description = "Module id, as in `benchctl list`.")
    String moduleId;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        try (Session session = Session.open(GlobalOptions.of(spec))) {
            LoadedModule loaded = session.catalog()
                    .module(moduleId)
                    .orElseThrow(() -> new UserException(
                            ExitCodes.USAGE,
                            "unknown module '" + moduleId + "'"
                                    + NearestName.hint(
                                            moduleId,
                                            session.catalog().modules().stream()
                                                    .map(m -> m.module().id())
                                                    .toList())));
            BenchmarkModule module = loaded.module();
            out.println(module.id() + ": " + module.description());
            out.println("plugin:    " + loaded.plugin().id() + " "
                    + loaded.plugin().version() + " (" + loaded.plugin().jar() + ")");
            out.println("resources: "
                    + module.resources().stream().map(Resource::id).collect(Collectors.joining(", ")));
            out.println();
            out.println("Defaults on this host ([modules." + module.id() + "]):");
            new java.util.TreeMap<>(module.defaults(session.facts()))
                    .forEach((key, value) -> out.println("  " + key + " = " + ResultCodec.toJsonLine(value)));
            out.println();
            out.println("JSON Schema (draft 2020-12):");
            out.println(ResultCodec.mapper()
                    .writerWithDefaultPrettyPrinter()
                    .writeValueAsString(ResultCodec.mapper().readTree(module.configSchema())));
            out.flush();
        }
    }
}
