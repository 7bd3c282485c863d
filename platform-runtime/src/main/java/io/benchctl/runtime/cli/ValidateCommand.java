package io.benchctl.runtime.cli;

import io.benchctl.runtime.config.EffectiveProfile;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code benchctl validate}: check a profile against the runtime's and the modules' schemas. */
@Command(name = "validate", mixinStandardHelpOptions = true, description = "Validate a profile; run nothing.")
final class ValidateCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Option(names = "--profile", paramLabel = "FILE", required = true, description = "TOML profile to check.")
    Path profile;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override a setting, as for run.")
    List<String> sets = new ArrayList<>();

    @Override
    public void run() {
        try (Session session = Session.open(GlobalOptions.of(spec))) {
            session.warnAboutProblems(spec.commandLine().getErr());
            EffectiveProfile effective = session.loadProfile(profile, sets, List.of());
            PrintWriter out = spec.commandLine().getOut();
            out.println(profile + ": valid; modules: "
                    + String.join(", ", effective.modules().keySet()));
            out.flush();
        }
    }
}
