package io.benchctl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.benchctl.api.result.RunResult;
import io.benchctl.runtime.result.JournalReader;
import io.benchctl.runtime.result.ResultCodec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every shipped module, interrupted by SIGINT at a random (seeded, so repeatable) point of its
 * run: exit 130, the journal holds every workload the result holds, `report` re-renders the
 * journal, and no child process or scratch folder is left behind.
 */
@org.junit.jupiter.api.Tag("reliability-kill")
class KillEveryModuleTest {
    private static final Random DELAYS = new Random(20261129);

    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        cpu      | kernels = ["int", "float"]
        memory   | kernels = ["copy", "triad"]\\nbuffer_sizes = ["32KiB", "64MiB"]
        disk     | patterns = ["seq-write", "rand-read"]\\nblock_sizes = ["1MiB"]\\nfile_size = "32MiB"\\nquota = "64MiB"\\ndirect = "off"\\ndir = "SCRATCH"
        syscall  | payload_bytes = [1, 4096]
        network  | streams = [1]\\nmessage_bytes = [1]
        """)
    void sigintAtARandomPointLosesNothingAndLeavesNothing(String module, String settings) throws Exception {
        Path scratch = Files.createDirectories(temp.resolve("scratch"));
        Path output = temp.resolve("out");
        Path profile = Files.writeString(temp.resolve(module + ".toml"), """
                [run]
                warmup = "100ms"
                duration = "400ms"
                cooldown = "0ms"
                iterations = 3
                reporters = ["json"]
                [modules.%s]
                %s
                """.formatted(
                        module, settings.replace("\\n", "\n").replace("SCRATCH", scratch.toString())));
        Process process = Fixtures.launch(
                temp, Map.of(), "run", "--profile", profile.toString(), "--output", output.toString(), "--no-tui");
        Thread.sleep(800 + DELAYS.nextInt(2500));
        List<ProcessHandle> children = process.descendants().toList();
        new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), module + ": benchctl did not stop after SIGINT");
        String err = Fixtures.stderr(temp);
        assertEquals(130, process.exitValue(), err);

        RunResult result = ResultCodec.read(output.resolve("latest.json"));
        assertEquals("interrupted", result.status());
        Path journal = only(output, ".jsonl");
        // The journal is in completion order, the result in plan order: compare the contents.
        var byId = java.util.Comparator.comparing(io.benchctl.api.result.TestResult::id);
        assertEquals(
                result.tests().stream().sorted(byId).toList(),
                JournalReader.read(journal).tests().stream().sorted(byId).toList(),
                "the journal holds every workload");
        var report = Fixtures.cli(
                "report",
                journal.toString(),
                "--reporters",
                "json",
                "--output",
                temp.resolve("again").toString(),
                "--plugins-dir",
                LauncherTest.DIST.resolve("plugins").toString());
        assertEquals(0, report.exitCode(), report.all());

        for (ProcessHandle child : children) {
            assertTrue(
                    child.onExit().get(10, TimeUnit.SECONDS) != null && !child.isAlive(), "child left: " + child.pid());
        }
        try (Stream<Path> left = Files.list(scratch)) {
            assertEquals(List.of(), left.toList(), "scratch left behind");
        }
    }

    private static Path only(Path dir, String suffix) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> found = files.filter(p -> p.toString().endsWith(suffix)).toList();
            assertEquals(1, found.size(), found.toString());
            return found.get(0);
        }
    }
}
