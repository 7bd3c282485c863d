package io.benchctl.runtime.cli;

import io.benchctl.runtime.host.HostProbe;
import io.benchctl.runtime.host.SysinfoText;
import io.benchctl.runtime.result.ResultCodec;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code benchctl sysinfo}: the host block that every result carries. */
@Command(
        name = "sysinfo",
        mixinStandardHelpOptions = true,
        description = "Show the host metadata recorded with every result.")
final class SysinfoCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "As JSON (the result's host block).")
    boolean json;

    @Override
    public void run() {
        Map<String, Object> host = HostProbe.collect(List.of());
        PrintWriter out = spec.commandLine().getOut();
        out.println(
                json
                        ? ResultCodec.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(host)
                        : SysinfoText.render(host));
        out.flush();
    }
}
