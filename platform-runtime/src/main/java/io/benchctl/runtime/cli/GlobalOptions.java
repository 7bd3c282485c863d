package io.benchctl.runtime.cli;

import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * Options every command accepts, before its name ({@code benchctl --plugins-dir X list}) or after
 * it. Declared once, on the root command; {@link ScopeType#INHERIT} copies them onto every
 * subcommand, sharing this one object, so each command's help lists them once. (A {@code @Mixin}
 * on each subcommand instead would give every command its own copy and leave the root without
 * them: {@code benchctl --plugins-dir X list} was an unknown option.)
 */
final class GlobalOptions {
    /** The name under which {@link BenchctlCommand} mixes these options in. */
    static final String MIXIN_NAME = "global";

    @Option(
            names = {"-v", "--verbose"},
            scope = ScopeType.INHERIT,
            description = "More log output on stderr (-vv for debug).")
    boolean[] verbose = new boolean[0];

    @Option(
            names = "--plugins-dir",
            paramLabel = "DIR",
            scope = ScopeType.INHERIT,
            description =
                    "Plugin folder (repeatable). Default: plugins/ beside the distribution; $BENCHCTL_PLUGINS adds more.")
    List<Path> pluginDirs = new ArrayList<>();

    @Option(names = "--log-json", scope = ScopeType.INHERIT, description = "Logs as JSON lines on stderr.")
    boolean logJson;

    @Option(
            names = "--quiet",
            scope = ScopeType.INHERIT,
            description = "Only errors on stderr; `run` prints no summary on stdout either.")
    boolean quiet;

    int verbosity() {
        return verbose.length;
    }

    /** These options as a command line gives them, to run another command in this process. */
    List<String> asArguments() {
        List<String> args = new ArrayList<>();
        for (int i = 0; i < verbose.length; i++) {
            args.add("-v");
        }
        pluginDirs.forEach(dir -> {
            args.add("--plugins-dir");
            args.add(dir.toString());
        });
        if (logJson) {
            args.add("--log-json");
        }
        if (quiet) {
            args.add("--quiet");
        }
        return args;
    }

    /** The global options of the command line {@code spec} belongs to. */
    static GlobalOptions of(CommandSpec spec) {
        return (GlobalOptions) spec.root().mixins().get(MIXIN_NAME).userObject();
    }

    /**
     * The first argument that is neither a global option nor its value: the subcommand's name
     * when the command line has one.
     */
    static Optional<String> commandName(String[] args) {
        Set<String> takingValue = Arrays.stream(GlobalOptions.class.getDeclaredFields())
                .filter(field -> field.isAnnotationPresent(Option.class) && !isFlag(field))
                .flatMap(
                        field -> Arrays.stream(field.getAnnotation(Option.class).names()))
                .collect(Collectors.toSet());
        for (int i = 0; i < args.length; i++) {
            if (takingValue.contains(args[i])) {
                i++;
            } else if (!args[i].startsWith("-")) {
                return Optional.of(args[i]);
            }
        }
        return Optional.empty();
    }

    private static boolean isFlag(Field field) {
        return field.getType() == boolean.class || field.getType() == boolean[].class;
    }
}
