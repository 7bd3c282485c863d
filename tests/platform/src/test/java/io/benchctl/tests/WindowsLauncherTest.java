package io.benchctl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.benchctl.runtime.result.ResultCodec;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * bin\benchctl.cmd, as far as it can be checked without Windows: it ships beside bin/benchctl
 * with CRLF line endings, passes the JVM the same options file, main class and home as the shell
 * launcher, and the command it builds (a {@code lib\*} class path, no AOT cache) runs
 * {@code list}, {@code validate}, {@code run --dry-run} and the cpu and memory modules through
 * the portable layer, which is the one Windows gets.
 */
class WindowsLauncherTest {
    private static final Pattern MAIN_CLASS = Pattern.compile("io\\.benchctl\\.[a-z.]+\\.Main\\b");

    @TempDir
    Path temp;

    record Finished(int exitCode, String out, String err) {}

    @Test
    void itShipsBesideTheShellLauncherWithWindowsLineEndings() throws IOException {
        byte[] bytes = Files.readAllBytes(LauncherTest.DIST.resolve("bin/benchctl.cmd"));
        String text = new String(bytes, StandardCharsets.US_ASCII);
        assertFalse(text.replace("\r\n", "").contains("\n"), "every line ends in CRLF");
        assertTrue(text.startsWith("@echo off\r\n"));
    }

    @Test
    void itPassesTheSameOptionsFileMainClassHomeAndCompilerFlagsAsTheShellLauncher() throws IOException {
        String cmd = Files.readString(LauncherTest.DIST.resolve("bin/benchctl.cmd"));
        String shell = Files.readString(LauncherTest.DIST.resolve("bin/benchctl"));
        assertTrue(cmd.contains("@\"%BENCHCTL_HOME%\\lib\\jvm.options\""), "the options file as an @argument file");
        assertTrue(shell.contains("@\"$BENCHCTL_HOME/lib/jvm.options\""));
        assertEquals(mainClass(shell), mainClass(cmd));
        for (String both : List.of("-Dbenchctl.home=", "BENCHCTL_JAVA_OPTS", "-XX:TieredStopAtLevel=1", "--dry-run")) {
            assertTrue(shell.contains(both) && cmd.contains(both), both);
        }
        assertTrue(cmd.contains("%JAVA_HOME%\\bin\\java.exe") && cmd.contains("where java"), "JAVA_HOME, then PATH");
        assertTrue(cmd.contains("exit /b %ERRORLEVEL%"), "benchctl's exit code is the script's");
    }

    @Test
    @Tag("slow")
    void theCommandItBuildsRunsThroughThePortableLayer() throws Exception {
        Finished list = benchctlAsTheCmdRunsIt("list");
        assertEquals(0, list.exitCode(), list.err());
        assertTrue(list.out().contains("cpu") && list.out().contains("memory"), list.out());

        Path profile = LauncherTest.DIST.resolve("profiles/default.toml");
        Finished validate = benchctlAsTheCmdRunsIt("validate", "--profile", profile.toString());
        assertEquals(0, validate.exitCode(), validate.err());
        Finished dryRun = benchctlAsTheCmdRunsIt("run", "--dry-run", "--no-tui");
        assertEquals(0, dryRun.exitCode(), dryRun.err());

        Path output = temp.resolve("out");
        Finished run =
                benchctlAsTheCmdRunsIt("run", "--no-tui", "--modules", "cpu,memory", "--output", output.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode result =
                ResultCodec.mapper().readTree(output.resolve("latest.json").toFile());
        assertEquals("portable", result.path("host").path("platform").asString());
        Set<String> modules = new TreeSet<>();
        for (JsonNode test : result.path("tests")) {
            modules.add(test.path("module").asString());
            assertEquals("ok", test.path("status").asString(), test.toString());
        }
        assertEquals(Set.of("cpu", "memory"), modules);
        assertEquals(List.of(), ResultSchema.validate("result.schema.json", output.resolve("latest.json")));
    }

    private static String mainClass(String launcher) {
        Matcher matcher = MAIN_CLASS.matcher(launcher);
        assertTrue(matcher.find(), "no main class in " + launcher);
        return matcher.group();
    }

    /** The java command line of bin\benchctl.cmd, with this test's JVM and the portable layer. */
    private Finished benchctlAsTheCmdRunsIt(String... args) throws Exception {
        Path home = LauncherTest.DIST;
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElseThrow(),
                "@" + home.resolve("lib/jvm.options"),
                "-Dbenchctl.platform=portable",
                "-Dbenchctl.home=" + home,
                "-cp",
                home.resolve("lib") + File.separator + "*",
                "io.benchctl.runtime.cli.Main"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(temp.toFile());
        builder.environment().remove("BENCHCTL_PLUGINS");
        builder.environment().remove("BENCHCTL_PLATFORM");
        Process process = builder.start();
        process.getOutputStream().close();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("benchctl did not finish in 180 s: " + String.join(" ", args));
        }
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
