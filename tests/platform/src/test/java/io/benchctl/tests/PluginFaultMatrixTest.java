package io.benchctl.tests;

import static io.benchctl.tests.Fixtures.JSON_REPORTER;
import static io.benchctl.tests.Fixtures.TEST_PLUGIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.benchctl.api.result.RunResult;
import io.benchctl.api.result.RunStatus;
import io.benchctl.api.result.WorkloadStatus;
import io.benchctl.runtime.result.JournalReader;
import io.benchctl.runtime.result.ResultCodec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Plugins that misbehave beyond throwing or hanging, run by the real launcher: what benchctl
 * contains, and what it cannot (adr/0011: in-process plugins are trusted code).
 */
@org.junit.jupiter.api.Tag("reliability-plugin-faults")
@EnabledOnOs(
        value = OS.LINUX,
        disabledReason =
                "needs Linux (procfs, signals, namespaces or the bash launcher); the portable subset leaves it out")
class PluginFaultMatrixTest {
    @TempDir
    Path temp;

    record Finished(int exitCode, String err, Path output) {}

    private Finished run(String faultSettings, Map<String, String> env) throws Exception {
        Path plugins = Fixtures.pluginsDir(temp, TEST_PLUGIN, JSON_REPORTER);
        Path output = temp.resolve("out");
        Path profile = Files.writeString(temp.resolve("p.toml"), """
                [run]
                warmup = "0ms"
                duration = "100ms"
                cooldown = "0ms"
                iterations = 2
                reporters = ["json"]
                [modules.sample]
                [modules.fault]
                %s
                """.formatted(faultSettings));
        Process process = Fixtures.launch(
                temp,
                env,
                "run",
                "--plugins-dir",
                plugins.toString(),
                "--profile",
                profile.toString(),
                "--output",
                output.toString(),
                "--no-tui");
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "benchctl did not finish");
        return new Finished(process.exitValue(), Fixtures.stderr(temp), output);
    }

    @Test
    void systemExitInAPluginEndsTheProcessButTheJournalKeepsWhatFinished() throws Exception {
        Finished run = run("exit_in = \"run\"", Map.of());
        assertEquals(
                42, run.exitCode(), "the plugin's own exit status: the JVM cannot refuse System.exit " + run.err());
        Path journal = Fixtures.journal(run.output());
        RunResult rebuilt = JournalReader.read(journal);
        assertEquals(RunStatus.INTERRUPTED, rebuilt.status());
        assertEquals(
                WorkloadStatus.OK,
                LifecycleTest.test(rebuilt, "sample/sum0").status(),
                "the workload before it is kept");
        var report = Fixtures.reportJournal(journal, temp.resolve("again"), temp.resolve("plugins"));
        assertEquals(0, report.exitCode(), report.all());
    }

    @Test
    void aLeakedThreadIsNamedAndDoesNotKeepTheProcessAlive() throws Exception {
        long start = System.nanoTime();
        Finished run = run("leak_thread = true", Map.of());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue((System.nanoTime() - start) / 1e9 < 25, "exited without waiting for the leaked non-daemon thread");
        RunResult result = ResultCodec.read(run.output().resolve("latest.json"));
        var warnings = LifecycleTest.test(result, "fault/throw-none-hang-none").warnings();
        assertTrue(
                warnings.stream()
                        .anyMatch(w ->
                                w.code().equals("thread-leak") && w.message().contains("fault-leaked")),
                warnings.toString());
        assertTrue(
                LifecycleTest.test(result, "sample/sum0").warnings().stream()
                        .noneMatch(w -> w.code().equals("thread-leak")),
                "the leak is blamed on its own workload only");
    }

    @ParameterizedTest(name = "into the {0}")
    @ValueSource(strings = {"working directory", "output folder"})
    void aWriteOutsideTheScratchSpaceIsNamedOnItsWorkloadAndTheFileIsLeftAlone(String where) throws Exception {
        // A relative path is resolved by the plugin against the launched process's working directory (temp).
        String target = where.equals("working directory")
                ? "stray.txt"
                : temp.resolve("out").resolve("stray.txt").toString();
        Path written = temp.resolve(target);
        Finished run = run("write_outside = \"" + target + "\"", Map.of());
        assertEquals(0, run.exitCode(), run.err());
        RunResult result = ResultCodec.read(run.output().resolve("latest.json"));
        var fault = LifecycleTest.test(result, "fault/throw-none-hang-none");
        assertEquals(WorkloadStatus.OK, fault.status(), "a warning, not a failure: the write cannot be undone");
        assertTrue(
                fault.warnings().stream()
                        .anyMatch(w -> w.code().equals("outside-scratch-write")
                                && w.message().contains(written.toString())),
                fault.warnings().toString());
        assertTrue(run.err().contains(written.toString()), "the warning is logged too: " + run.err());
        var sample = LifecycleTest.test(result, "sample/sum0");
        assertEquals(WorkloadStatus.OK, sample.status());
        assertTrue(
                result.tests().stream()
                        .filter(t -> t != fault)
                        .flatMap(t -> t.warnings().stream())
                        .noneMatch(w -> w.code().equals("outside-scratch-write")),
                "the other workloads, which ran beside the journal and the plugins' files, carry no such warning");
        assertTrue(Files.exists(written), "benchctl never removes what is not its own");
    }

    @Test
    void exhaustingTheHeapFailsThatWorkloadAndTheNextOneStillRuns() throws Exception {
        Finished run = run("fill_memory = true", Map.of("BENCHCTL_JAVA_OPTS", "-Xmx256m"));
        assertEquals(1, run.exitCode(), run.err());
        RunResult result = ResultCodec.read(run.output().resolve("latest.json"));
        var fault = LifecycleTest.test(result, "fault/throw-none-hang-none");
        assertEquals(WorkloadStatus.FAILED, fault.status());
        assertTrue(
                fault.error().message().contains("OutOfMemoryError"),
                fault.error().message());
        assertEquals(
                WorkloadStatus.OK, LifecycleTest.test(result, "sample/sum0").status());
    }
}
