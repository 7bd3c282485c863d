package io.benchctl.runtime.scratch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Real signals sent to a real process that is writing into its scratch folder. */
@EnabledOnOs(
        value = OS.LINUX,
        disabledReason =
                "needs Linux (procfs, signals, namespaces or the bash launcher); the portable subset leaves it out")
class ScratchSignalTest {
    @TempDir
    Path parent;

    @Test
    void sigtermInTheMiddleOfWritingLeavesNoFileBehind() throws Exception {
        assertSignalCleansUp("TERM", 128 + 15);
    }

    @Test
    void sigintInTheMiddleOfWritingLeavesNoFileBehind() throws Exception {
        // A child inherits an ignored SIGINT (e.g. under `nohup` or a shell's `&` without job
        // control), and then the JVM does not handle it: nothing to test there.
        assumeFalse(sigintIgnoredHere(), "SIGINT is ignored by this process and would be by the child");
        assertSignalCleansUp("INT", 128 + 2);
    }

    @Test
    void sigkillLeavesTheFolderAndTheNextStartRemovesIt() throws Exception {
        Process writer = startWriter("killed");
        Path folder = awaitWriting(writer);
        signal(writer, "KILL");
        assertTrue(writer.waitFor(20, TimeUnit.SECONDS));
        assertTrue(Files.exists(folder.resolve("data")), "SIGKILL runs no hook: the data stays");

        List<String> warnings = new ArrayList<>();
        try (ScratchManager next = new ScratchManager("next", (code, message) -> warnings.add(code))) {
            next.allocate(parent, 0, 1);
        }
        assertFalse(Files.exists(folder));
        assertEquals(List.of("scratch-stale-removed"), warnings);
        assertEquals(List.of(), ScratchManagerTest.list(parent));
    }

    private void assertSignalCleansUp(String signal, int expectedExitCode) throws Exception {
        Process writer = startWriter("sig" + signal);
        Path folder = awaitWriting(writer);
        assertTrue(Files.size(folder.resolve("data")) > 0);
        signal(writer, signal);
        assertTrue(writer.waitFor(20, TimeUnit.SECONDS), "the writer must exit on SIG" + signal);
        assertEquals(expectedExitCode, writer.exitValue());
        assertEquals(List.of(), ScratchManagerTest.list(parent));
    }

    private static boolean sigintIgnoredHere() throws IOException {
        String ignoredMask = Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(line -> line.startsWith("SigIgn:"))
                .map(line -> line.substring("SigIgn:".length()).strip())
                .findFirst()
                .orElse("0");
        return (Long.parseUnsignedLong(ignoredMask, 16) & (1L << (2 - 1))) != 0;
    }

    private Process startWriter(String runId) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return new ProcessBuilder(java, "-cp", classPath, ScratchWriterMain.class.getName(), parent.toString(), runId)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    private static Path awaitWriting(Process writer) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        // Logback without a configuration logs to stdout: skip its lines.
        while (line != null && !line.startsWith("WRITING ")) {
            line = out.readLine();
        }
        if (line == null) {
            writer.destroyForcibly();
            throw new AssertionError("the writer did not start writing: " + line);
        }
        return Path.of(line.substring("WRITING ".length()));
    }

    private static void signal(Process target, String signal) throws Exception {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(target.pid()))
                .inheritIO()
                .start();
        assertEquals(0, kill.waitFor());
    }
}
