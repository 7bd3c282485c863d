package io.benchctl.tests;

import io.benchctl.runtime.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import picocli.CommandLine;

/** Real plugin JARs (built by this build), real folders, and the CLI run in-process. */
final class Fixtures {
    static final String TEST_PLUGIN = "benchctl-test-plugin.jar";
    static final String JSON_REPORTER = "benchctl-plugin-json-reporter.jar";

    private Fixtures() {}

    static Path builtJar(String name) {
        Path jar = Path.of(System.getProperty("benchctl.test.pluginJars")).resolve(name);
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("the build did not copy " + jar);
        }
        return jar;
    }

    /** A fresh plugins folder holding copies of the named built JARs. */
    static Path pluginsDir(Path parent, String... jars) throws IOException {
        Path dir = Files.createDirectories(parent.resolve("plugins"));
        for (String jar : jars) {
            Files.copy(builtJar(jar), dir.resolve(jar), StandardCopyOption.REPLACE_EXISTING);
        }
        return dir;
    }

    /** Copies a JAR, changing manifest attributes (a real JAR with another descriptor). */
    static Path withManifest(Path source, Path target, Map<String, String> changes) throws IOException {
        try (JarFile in = new JarFile(source.toFile())) {
            Manifest manifest = new Manifest(in.getManifest());
            changes.forEach((k, v) -> {
                if (v == null) {
                    manifest.getMainAttributes().remove(new Attributes.Name(k));
                } else {
                    manifest.getMainAttributes().putValue(k, v);
                }
            });
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(target), manifest)) {
                for (JarEntry entry : java.util.Collections.list(in.entries())) {
                    if (entry.getName().equals(JarFile.MANIFEST_NAME)) {
                        continue;
                    }
                    out.putNextEntry(new JarEntry(entry.getName()));
                    in.getInputStream(entry).transferTo(out);
                    out.closeEntry();
                }
            }
        }
        return target;
    }

    /** A JAR with only a manifest: a plugin that contributes nothing. */
    static Path emptyPlugin(Path target, String id) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Plugin-Id", id);
        manifest.getMainAttributes().putValue("Plugin-Version", "1.0.0");
        manifest.getMainAttributes().putValue("Plugin-Requires", ">=1.0.0");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(target), manifest)) {
            out.putNextEntry(new JarEntry("README.txt"));
            out.write("nothing here".getBytes());
            out.closeEntry();
        }
        return target;
    }

    record CliResult(int exitCode, String out, String err) {
        String all() {
            return out + err;
        }
    }

    /** Runs benchctl in this JVM with captured stdout and stderr. */
    static CliResult cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exit = commandLine.execute(args);
        return new CliResult(exit, out.toString(), err.toString());
    }

    /**
     * Starts dist/benchctl/bin/benchctl as a real process in {@code dir}, stdout and stderr into
     * dir/stdout.txt and dir/stderr.txt.
     */
    static Process launch(Path dir, Map<String, String> env, String... args) throws IOException {
        List<String> command = new ArrayList<>(
                List.of(LauncherTest.DIST.resolve("bin/benchctl").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectOutput(dir.resolve("stdout.txt").toFile())
                .redirectError(dir.resolve("stderr.txt").toFile());
        builder.environment().putAll(env);
        builder.environment().remove("BENCHCTL_PLUGINS");
        return builder.start();
    }

    /** The run's journal ({@code <runId>.jsonl}): the one in {@code output}. */
    static Path journal(Path output) throws IOException {
        try (var files = Files.list(output)) {
            List<Path> found =
                    files.filter(p -> p.toString().endsWith(".jsonl")).toList();
            org.junit.jupiter.api.Assertions.assertEquals(1, found.size(), "journals in " + output + ": " + found);
            return found.get(0);
        }
    }

    /** {@code benchctl report JOURNAL --reporters json}: what a user runs after a crash. */
    static CliResult reportJournal(Path journal, Path output, Path plugins) {
        return cli(
                "report",
                journal.toString(),
                "--reporters",
                "json",
                "--output",
                output.toString(),
                "--plugins-dir",
                plugins.toString());
    }

    /** What a process started by {@link #launch} wrote on stderr. */
    static String stderr(Path dir) throws IOException {
        return Files.readString(dir.resolve("stderr.txt"));
    }

    /** A run with a test profile, plugins from {@code plugins}, results into {@code output}. */
    static CliResult run(Path plugins, Path profile, Path output, String... extra) {
        List<String> args = new ArrayList<>(List.of(
                "run",
                "--plugins-dir",
                plugins.toString(),
                "--profile",
                profile.toString(),
                "--output",
                output.toString(),
                "--no-tui",
                "--no-affinity"));
        args.addAll(List.of(extra));
        return cli(args.toArray(String[]::new));
    }

    /** A profile with short timings, plus the given TOML for modules. */
    static Path profile(Path dir, String modulesToml) throws IOException {
        return Files.writeString(dir.resolve("test.toml"), """
                [run]
                name = "test"
                warmup = "20ms"
                duration = "50ms"
                cooldown = "10ms"
                iterations = 3
                phase_timeout = "2s"
                reporters = ["json"]

                """ + modulesToml);
    }
}
