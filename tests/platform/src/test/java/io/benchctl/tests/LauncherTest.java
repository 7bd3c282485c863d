package io.benchctl.tests;

import static io.benchctl.tests.Fixtures.JSON_REPORTER;
import static io.benchctl.tests.Fixtures.TEST_PLUGIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.benchctl.api.result.RunResult;
import io.benchctl.api.result.RunStatus;
import io.benchctl.runtime.result.JournalReader;
import io.benchctl.runtime.result.ResultCodec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** bin/benchctl of the built distribution, run as a real process; exit codes 0, 1, 2 and 130. */
@org.junit.jupiter.api.Tag("reliability-kill")
@EnabledOnOs(
        value = OS.LINUX,
        disabledReason =
                "needs Linux (procfs, signals, namespaces or the bash launcher); the portable subset leaves it out")
class LauncherTest {
    static final Path DIST = Path.of(System.getProperty("benchctl.test.dist"));

    @TempDir
    Path temp;

    record Finished(int exitCode, String out, String err) {}

    @Test
    void versionNamesBenchctlApiCommitAndJava() throws Exception {
        Finished version = launch(Map.of(), "--version");
        assertEquals(0, version.exitCode(), version.err());
        assertTrue(
                version.out().contains("platform API " + System.getProperty("benchctl.test.apiVersion")),
                version.out());
        assertTrue(version.out().contains("Java 25"), version.out());
    }

    @Test
    void findsJava25EvenWhenJavaHomeAndPathPointToAnOlderJava() throws Exception {
        Path old = Path.of("/usr/lib/jvm/java-17-openjdk-amd64");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(old), "no Java 17 here to mislead the launcher");
        Finished version =
                launch(Map.of("JAVA_HOME", old.toString(), "PATH", old.resolve("bin") + ":/usr/bin:/bin"), "--version");
        assertEquals(0, version.exitCode(), version.err());
        assertTrue(version.out().contains("Java 25"), version.out());
    }

    @Test
    void successfulRunExitsZeroAndFailedWorkloadExitsOne() throws Exception {
        Path plugins = Fixtures.pluginsDir(temp, TEST_PLUGIN, JSON_REPORTER);
        Finished ok = launch(
                Map.of(),
                "run",
                "--plugins-dir",
                plugins.toString(),
                "--profile",
                Fixtures.profile(temp, "[modules.sample]\n").toString(),
                "--output",
                temp.resolve("ok").toString(),
                "--no-tui");
        assertEquals(0, ok.exitCode(), ok.err());
        assertTrue(ok.out().contains("sample/sum0"), ok.out());
        assertFalse(ok.err().contains("WARNING"), "no JVM warnings on the user's terminal: " + ok.err());

        Finished failed = launch(
                Map.of(),
                "run",
                "--plugins-dir",
                plugins.toString(),
                "--profile",
                Fixtures.profile(temp, "[modules.fault]\nthrow_in = \"run\"\n").toString(),
                "--output",
                temp.resolve("failed").toString(),
                "--no-tui");
        assertEquals(1, failed.exitCode(), failed.err());
    }

    @Test
    void globalOptionsBeforeTheCommandWorkThroughTheLauncher() throws Exception {
        Path plugins = Fixtures.pluginsDir(temp, TEST_PLUGIN, JSON_REPORTER);
        Finished run = launch(
                Map.of(),
                "--log-json",
                "--plugins-dir",
                plugins.toString(),
                "run",
                "--profile",
                Fixtures.profile(temp, "[modules.fault]\nthrow_in = \"run\"\n").toString(),
                "--output",
                temp.resolve("out").toString(),
                "--no-tui");
        assertEquals(1, run.exitCode(), run.err());
        List<String> jsonLines =
                run.err().lines().filter(l -> l.startsWith("{")).toList();
        assertFalse(jsonLines.isEmpty(), "--log-json before the command: " + run.err());
        for (String line : jsonLines) {
            assertEquals(
                    "fault",
                    ResultCodec.mapper()
                            .readTree(line)
                            .path("mdc")
                            .path("module")
                            .asString(),
                    line);
        }
    }

    @Test
    void logJsonWritesOneJsonObjectPerStderrLineWithTheModuleId() throws Exception {
        Path plugins = Fixtures.pluginsDir(temp, TEST_PLUGIN, JSON_REPORTER);
        Finished run = launch(
                Map.of(),
                "run",
                "--plugins-dir",
                plugins.toString(),
                "--profile",
                Fixtures.profile(temp, "[modules.fault]\nthrow_in = \"run\"\n").toString(),
                "--output",
                temp.resolve("out").toString(),
                "--no-tui",
                "--log-json",
                "--reporters",
                "json");
        assertEquals(1, run.exitCode(), run.err());
        var mapper = ResultCodec.mapper();
        List<String> jsonLines =
                run.err().lines().filter(l -> l.startsWith("{")).toList();
        assertFalse(jsonLines.isEmpty(), run.err());
        for (String line : jsonLines) {
            var event = mapper.readTree(line);
            assertEquals("fault", event.path("mdc").path("module").asString(), line);
        }
        assertTrue(run.out().lines().noneMatch(l -> l.startsWith("{\"timestamp\"")), "logs never on stdout");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "frobnicate",
                "run --profile /nonexistent/profile.toml",
                "run --max-parallel many",
                "describe nosuchmodule"
            })
    void usageErrorsExitTwoWithoutAStackTrace(String args) throws Exception {
        Path plugins = Fixtures.pluginsDir(temp, TEST_PLUGIN, JSON_REPORTER);
        List<String> argv = new ArrayList<>(List.of(args.split(" ")));
        argv.addAll(List.of("--plugins-dir", plugins.toString()));
        Finished finished = launch(Map.of(), argv.toArray(String[]::new));
        assertEquals(2, finished.exitCode(), finished.err());
        assertTrue(finished.err().startsWith("benchctl: "), finished.err());
        assertFalse(finished.err().contains("\tat "), "no stack trace: " + finished.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"INT", "TERM"})
    void signalStopsTheRunWritesWhatFinishedAndExits130(String signal) throws Exception {
        Path plugins = Fixtures.pluginsDir(temp, TEST_PLUGIN, JSON_REPORTER);
        Path output = temp.resolve("out");
        Path profile = Files.writeString(temp.resolve("long.toml"), """
                [run]
                warmup = "0ms"
                duration = "200ms"
                cooldown = "0ms"
                iterations = 2
                [modules.sample]
                variants = 8
                """);
        Process process = start(
                Map.of(),
                "run",
                "--plugins-dir",
                plugins.toString(),
                "--profile",
                profile.toString(),
                "--output",
                output.toString(),
                "--no-tui");
        Path journal = awaitJournalWithTests(output, 1);
        new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid()))
                .start()
                .waitFor();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "benchctl did not stop after SIG" + signal);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(130, process.exitValue(), err);

        RunResult result = ResultCodec.read(output.resolve("latest.json"));
        assertEquals(RunStatus.INTERRUPTED, result.status());
        long ok = result.tests().stream()
                .filter(t -> t.status().name().equals("OK"))
                .count();
        assertTrue(ok >= 1 && ok < 8, "some workloads finished, not all: " + ok);
        assertEquals(result.tests().size(), JournalReader.read(journal).tests().size(), "journal holds every workload");
        assertFalse(process.isAlive());
    }

    static Path awaitJournalWithTests(Path output, int tests) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (Files.isDirectory(output)) {
                try (Stream<Path> files = Files.list(output)) {
                    for (Path journal :
                            files.filter(p -> p.toString().endsWith(".jsonl")).toList()) {
                        if (Files.readAllLines(journal).stream()
                                        .filter(l -> l.contains("\"type\":\"test\""))
                                        .count()
                                >= tests) {
                            return journal;
                        }
                    }
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no journal with " + tests + " finished workload(s) in " + output);
    }

    private Process start(Map<String, String> env, String... args) throws IOException {
        List<String> command =
                new ArrayList<>(List.of(DIST.resolve("bin/benchctl").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(temp.toFile());
        builder.environment().putAll(env);
        builder.environment().remove("BENCHCTL_PLUGINS");
        return builder.start();
    }

    private Finished launch(Map<String, String> env, String... args) throws Exception {
        Process process = start(env, args);
        process.getOutputStream().close();
        var out = java.util.concurrent.CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
        var err = java.util.concurrent.CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "benchctl did not finish: " + String.join(" ", args));
        return new Finished(process.exitValue(), out.get(), err.get());
    }

    private static String read(java.io.InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
