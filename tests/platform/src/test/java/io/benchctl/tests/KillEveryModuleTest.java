package io.benchctl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.benchctl.api.result.RunResult;
import io.benchctl.api.result.RunStatus;
import io.benchctl.api.result.WorkloadResult;
import io.benchctl.runtime.result.JournalReader;
import io.benchctl.runtime.result.ResultCodec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every shipped module, run by the real launcher and stopped by SIGINT, SIGTERM or SIGKILL at a
 * random (seeded, so repeatable) point, each combination repeated ({@code
 * -Dbenchctl.test.killRepeats=N} for a longer soak). After each: the journal holds every workload
 * that finished and {@code report} re-renders it; no child process, scratch folder or JVM temp
 * file remains. SIGINT/SIGTERM: exit 130 and a result equal to the journal. SIGKILL: nothing can
 * run, so the next start sweeps what the killed run left in its scratch folder.
 */
@Tag("reliability-kill")
@Tag("slow")
@EnabledOnOs(
        value = OS.LINUX,
        disabledReason =
                "needs Linux (procfs, signals, namespaces or the bash launcher); the portable subset leaves it out")
class KillEveryModuleTest {
    private static final Random DELAYS = new Random(20261129);
    private static final int REPEATS = Integer.getInteger("benchctl.test.killRepeats", 2);
    /** Lines of --log-json: a workload starting, or ending with its status. */
    private static final Pattern LOGGED =
            Pattern.compile("\"workload\":\"([^\"]+)\".*\"formattedMessage\":\"(starting|ok|failed|skipped)");

    private static final Map<String, String> SETTINGS = Map.of(
            "cpu", "kernels = [\"int\", \"float\"]",
            "memory", "kernels = [\"copy\", \"triad\"]\nbuffer_sizes = [\"32KiB\", \"64MiB\"]",
            "disk",
                    "patterns = [\"seq-write\", \"rand-read\"]\nblock_sizes = [\"1MiB\"]\nfile_size = \"32MiB\"\n"
                            + "quota = \"64MiB\"\ndirect = \"off\"\ndir = \"SCRATCH\"",
            "syscall", "payload_bytes = [1, 4096]",
            "network", "streams = [1]\nmessage_bytes = [1]");

    @TempDir
    Path temp;

    static Stream<Arguments> kills() {
        List<Arguments> kills = new ArrayList<>();
        for (String module : new TreeSet<>(SETTINGS.keySet())) {
            for (String signal : List.of("INT", "TERM", "KILL")) {
                for (int repeat = 1; repeat <= REPEATS; repeat++) {
                    kills.add(Arguments.of(module, signal, repeat));
                }
            }
        }
        return kills.stream();
    }

    @ParameterizedTest(name = "{0} SIG{1} #{2}")
    @MethodSource("kills")
    void killedAtARandomPointLosesNothingAndLeavesNothing(String module, String signal, int repeat) throws Exception {
        Path scratch = Files.createDirectories(temp.resolve("scratch"));
        Path output = temp.resolve("out");
        Process process = launch(module, scratch, output);
        awaitFirstWorkload(process);
        long delayMillis = DELAYS.nextInt(2000); // every profile here runs for at least 2.6 s
        Thread.sleep(delayMillis);
        List<ProcessHandle> children = process.descendants().toList();
        new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid()))
                .start()
                .waitFor();
        String at = module + " SIG" + signal + " " + delayMillis + " ms into the run: ";
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), at + "benchctl did not stop");
        String err = Fixtures.stderr(temp);

        Path journal = Fixtures.journal(output);
        RunResult journaled = JournalReader.read(journal);
        if (signal.equals("KILL")) {
            assertEquals(137, process.exitValue(), at + err);
            Set<String> journaledIds = ids(journaled.tests());
            assertTrue(journaledIds.containsAll(durablyFinished(err)), at + "a finished workload is missing: " + err);
            assertTrue(finished(err).containsAll(journaledIds), at + "the journal holds a workload that never ended");
        } else {
            assertEquals(130, process.exitValue(), at + err);
            RunResult result = ResultCodec.read(output.resolve("latest.json"));
            assertEquals(RunStatus.INTERRUPTED, result.status());
            // The journal is in completion order, the result in plan order: compare the contents.
            assertEquals(sorted(result.tests()), sorted(journaled.tests()), at + "the journal holds every workload");
        }
        var report = Fixtures.reportJournal(journal, temp.resolve("again"), LauncherTest.DIST.resolve("plugins"));
        assertEquals(0, report.exitCode(), at + report.all());

        for (ProcessHandle child : children) {
            child.onExit().get(10, TimeUnit.SECONDS);
            assertFalse(child.isAlive(), at + "child left: " + child.pid());
        }
        assertFalse(
                Files.exists(
                        Path.of(System.getProperty("java.io.tmpdir"), "hsperfdata_" + System.getProperty("user.name"))
                                .resolve(Long.toString(process.pid()))),
                at + "the JVM left its perf data file");
        if (signal.equals("KILL") && !scratchFolders(scratch).isEmpty()) {
            // A folder killed before its lock was written counts as a crash's once it is 1 s old.
            Thread.sleep(1000);
            Path next = Files.createDirectories(temp.resolve("next"));
            Process nextRun = launch(module, scratch, next.resolve("out"));
            assertTrue(nextRun.waitFor(120, TimeUnit.SECONDS), at + "the next run did not finish");
            // the next run ends its own way (it, too, is short); what matters is the sweep
        }
        assertEquals(List.of(), scratchFolders(scratch), at + "scratch left behind");
    }

    private Process launch(String module, Path scratch, Path output) throws IOException {
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
                        module, SETTINGS.get(module).replace("SCRATCH", scratch.toString())));
        return Fixtures.launch(
                output.getParent(),
                Map.of(),
                "run",
                "--profile",
                profile.toString(),
                "--output",
                output.toString(),
                "--no-tui",
                "--log-json");
    }

    /** Waits until the first workload starts: the journal exists, and the run is what gets killed. */
    private void awaitFirstWorkload(Process process) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Fixtures.stderr(temp).contains("\"formattedMessage\":\"starting\"")) {
            assertTrue(
                    process.isAlive() && System.nanoTime() < deadline, "no workload started: " + Fixtures.stderr(temp));
            Thread.sleep(10);
        }
    }

    /** Workloads whose end was logged. The log line comes just before the journal line. */
    private static Set<String> finished(String log) {
        Set<String> ids = new TreeSet<>();
        Matcher matcher = LOGGED.matcher(log);
        while (matcher.find()) {
            if (!matcher.group(2).equals("starting")) {
                ids.add(workload(matcher));
            }
        }
        return ids;
    }

    /**
     * Workloads whose end was logged and after which another one started: the scheduler journals
     * a workload before it starts the next, so these are surely on disk.
     */
    private static Set<String> durablyFinished(String log) {
        Set<String> ids = new TreeSet<>();
        Set<String> ended = new TreeSet<>();
        Matcher matcher = LOGGED.matcher(log);
        while (matcher.find()) {
            if (matcher.group(2).equals("starting")) {
                ids.addAll(ended);
            } else {
                ended.add(workload(matcher));
            }
        }
        return ids;
    }

    /** The workload id of a log line; the JSON encoder escapes '/' as "\\/". */
    private static String workload(Matcher logged) {
        return logged.group(1).replace("\\/", "/");
    }

    private static Set<String> ids(List<WorkloadResult> tests) {
        Set<String> ids = new TreeSet<>();
        tests.forEach(test -> ids.add(test.id()));
        return ids;
    }

    private static List<WorkloadResult> sorted(List<WorkloadResult> tests) {
        return tests.stream().sorted(Comparator.comparing(WorkloadResult::id)).toList();
    }

    private static List<Path> scratchFolders(Path scratch) throws IOException {
        try (Stream<Path> left = Files.list(scratch)) {
            return left.toList();
        }
    }
}
