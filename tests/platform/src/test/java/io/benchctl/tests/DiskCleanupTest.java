package io.benchctl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

/**
 * The shipped disk module run by the real launcher, killed with real signals in the middle of
 * its workload: SIGINT and SIGTERM leave no scratch file behind; SIGKILL leaves a folder that the
 * next run removes, and says so: the disk module never leaves scratch data behind.
 */
@org.junit.jupiter.api.Tag("reliability-kill")
@EnabledOnOs(
        value = OS.LINUX,
        disabledReason =
                "needs Linux (procfs, signals, namespaces or the bash launcher); the portable subset leaves it out")
class DiskCleanupTest {
    @TempDir
    Path temp;

    private Path scratch;

    private Path profile(String duration, int iterations) throws IOException {
        scratch = Files.createDirectories(temp.resolve("scratch"));
        return Files.writeString(temp.resolve("disk.toml"), """
                [run]
                warmup = "0ms"
                duration = "%s"
                cooldown = "0ms"
                iterations = %d
                reporters = ["json"]
                [modules.disk]
                patterns = ["seq-write"]
                block_sizes = ["1MiB"]
                file_size = "32MiB"
                quota = "64MiB"
                direct = "off"
                dir = "%s"
                """.formatted(duration, iterations, scratch));
    }

    @ParameterizedTest
    @ValueSource(strings = {"INT", "TERM"})
    void interruptInTheMiddleOfADiskWorkloadLeavesNoFileBehind(String signal) throws Exception {
        Process process = launch(profile("2s", 10));
        awaitScratchFile();
        Thread.sleep(300);
        kill(signal, process);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "benchctl did not stop after SIG" + signal);
        assertEquals(130, process.exitValue(), Fixtures.stderr(temp));
        assertEquals(List.of(), scratchFolders(), "scratch left behind after SIG" + signal);
    }

    @Test
    void folderLeftByAKilledRunIsRemovedByTheNextRun() throws Exception {
        Process killed = launch(profile("2s", 10));
        awaitScratchFile();
        kill("KILL", killed);
        assertTrue(killed.waitFor(30, TimeUnit.SECONDS));
        assertEquals(1, scratchFolders().size(), "SIGKILL cannot clean up: the folder stays until the next start");

        Process next = launch(profile("100ms", 1));
        assertTrue(next.waitFor(120, TimeUnit.SECONDS));
        String err = Fixtures.stderr(temp);
        assertEquals(0, next.exitValue(), err);
        assertEquals(List.of(), scratchFolders());
        assertTrue(err.contains("scratch-stale-removed"), "the next run says it removed the stale folder: " + err);
        String result = Files.readString(temp.resolve("out").resolve("latest.json"));
        assertTrue(
                result.contains("\"code\" : \"scratch-stale-removed\""), "and reporters get it as a workload warning");
    }

    private Process launch(Path profile) throws IOException {
        return Fixtures.launch(
                temp,
                Map.of(),
                "run",
                "--profile",
                profile.toString(),
                "--output",
                temp.resolve("out").toString(),
                "--no-tui");
    }

    private void awaitScratchFile() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            for (Path folder : scratchFolders()) {
                try (Stream<Path> files = Files.list(folder)) {
                    if (files.map(f -> f.getFileName().toString())
                            .anyMatch(name -> !name.startsWith(".") && !name.equals("benchctl.lock"))) {
                        return;
                    }
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the disk workload never wrote its test file under " + scratch);
    }

    private List<Path> scratchFolders() throws IOException {
        try (Stream<Path> entries = Files.list(scratch)) {
            return entries.filter(p -> p.getFileName().toString().startsWith("benchctl-"))
                    .toList();
        }
    }

    private static void kill(String signal, Process process) throws Exception {
        new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid()))
                .start()
                .waitFor();
    }
}
