package io.benchctl.tests;

import static io.benchctl.tests.Fixtures.JSON_REPORTER;
import static io.benchctl.tests.Fixtures.TEST_PLUGIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.benchctl.api.result.RunResult;
import io.benchctl.runtime.result.ResultCodec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The output folder fails under the run: full, read-only, or deleted. Each gives a clear error
 * and an exit code, and the data survives on stdout. Needs root for tmpfs mounts (CI runs as
 * root); skipped with the reason elsewhere.
 */
@org.junit.jupiter.api.Tag("reliability-results-never-lost")
@EnabledOnOs(
        value = OS.LINUX,
        disabledReason =
                "needs Linux (procfs, signals, namespaces or the bash launcher); the portable subset leaves it out")
class ResultsNeverLostTest {
    @TempDir
    Path temp;

    private Path mounted;

    @AfterEach
    void unmount() throws Exception {
        if (mounted != null) {
            command("umount", mounted.toString());
        }
    }

    private Path tmpfs(String options) throws Exception {
        Path dir = Files.createDirectories(temp.resolve("mnt"));
        assumeTrue(
                command("mount", "-t", "tmpfs", "-o", options, "tmpfs", dir.toString()) == 0,
                "cannot mount tmpfs here (needs root)");
        mounted = dir;
        return dir;
    }

    @Test
    void fullDiskWhileWritingResultsPutsTheResultOnStdout() throws Exception {
        Path output = tmpfs("size=8k");
        Path plugins = Fixtures.pluginsDir(temp, TEST_PLUGIN, JSON_REPORTER);
        var run = Fixtures.run(plugins, Fixtures.profile(temp, "[modules.sample]\nvariants = 3\n"), output);
        assertEquals(1, run.exitCode(), run.all());
        assertTrue(run.err().contains("reporter 'json' could not write its output"), run.err());
        assertTrue(run.err().contains("it follows on stdout"), run.err());
        RunResult result = ResultCodec.mapper().readValue(run.out(), RunResult.class);
        assertEquals(3, result.tests().size(), "every finished workload survived");
        assertFalse(run.err().contains("\tat "), "no stack trace");
    }

    @Test
    void readOnlyOutputFolderIsRefusedBeforeAnythingRuns() throws Exception {
        Path output = tmpfs("size=1m,ro");
        Path plugins = Fixtures.pluginsDir(temp, TEST_PLUGIN, JSON_REPORTER);
        var run = Fixtures.run(plugins, Fixtures.profile(temp, "[modules.sample]\n"), output);
        assertEquals(2, run.exitCode(), run.all());
        assertTrue(
                run.err().contains("cannot write to the output folder " + output + ": Read-only file system"),
                run.err());
    }

    @Test
    void outputFolderDeletedMidRunStillLeavesTheResultOnStdout() throws Exception {
        Path plugins = Fixtures.pluginsDir(temp, TEST_PLUGIN, JSON_REPORTER);
        Path output = temp.resolve("vanishing");
        Path profile = Fixtures.profile(temp, "[modules.sample]\nvariants = 4\n");
        Thread remover = Thread.ofPlatform().start(() -> {
            try {
                while (!journalHasATest(output)) {
                    Thread.sleep(20);
                }
                deleteTree(output);
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        var run = Fixtures.run(plugins, profile, output);
        remover.join(TimeUnit.SECONDS.toMillis(30));
        assertEquals(1, run.exitCode(), run.all());
        RunResult result = ResultCodec.mapper().readValue(run.out(), RunResult.class);
        assertEquals(4, result.tests().size());
    }

    private static boolean journalHasATest(Path output) throws IOException {
        if (!Files.isDirectory(output)) {
            return false;
        }
        try (var files = Files.list(output)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".jsonl")).toList()) {
                if (Files.readString(file).contains("\"type\":\"test\"")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static int command(String... args) throws Exception {
        Process process = new ProcessBuilder(args).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        return process.waitFor(30, TimeUnit.SECONDS) ? process.exitValue() : -1;
    }
}
