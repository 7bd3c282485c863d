package io.benchctl.tests;

import static io.benchctl.tests.Fixtures.JSON_REPORTER;
import static io.benchctl.tests.Fixtures.TEST_PLUGIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.benchctl.api.result.BaselineComparison;
import io.benchctl.api.result.BaselineComparison.Verdict;
import io.benchctl.api.result.RunResult;
import io.benchctl.runtime.result.JournalReader;
import io.benchctl.runtime.result.ResultCodec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code baseline record} and {@code run --baseline} through the real CLI and the test plugin, and
 * the one exit-code precedence: interrupted (130) > usage (2) > workload failure (1) > regression
 * (3) > ok (0). A regression is made for real: the run sums an array sixteen times as long as the
 * baseline's did, so each sum takes about sixteen times as long. The gate's baseline is one run
 * (the stated one-run allowance applies); the threshold is 50 % so that a machine shared with other
 * builds, whose iterations vary by tens of percent, still gives the same verdicts.
 */
@EnabledOnOs(
        value = OS.LINUX,
        disabledReason =
                "needs Linux (procfs, signals, namespaces or the bash launcher); the portable subset leaves it out")
class BaselineGateTest {
    private static final String SLOWER = "modules.sample.size=16384";
    /**
     * The latency of one sum: thousands of samples per run, so the rank test is sure of it. (The
     * sums-per-second rate has one sample per iteration, and two short baseline runs spread too
     * widely for it to leave the run-to-run spread.)
     */
    private static final String LATENCY = "sample/sum0:sum_latency";

    private static final String SAMPLE = "[modules.sample]\nsize = 1024\n";
    private static final String SIX_ITERATIONS = "run.iterations=6";

    private static final java.util.regex.Pattern REGRESSED_COUNT =
            java.util.regex.Pattern.compile("(workload failed; )?[1-9][0-9]* metrics? regressed");

    @TempDir
    Path temp;

    private Path plugins;
    private Path profile;
    private Path baseline;

    @BeforeEach
    void recordBaseline() throws Exception {
        plugins = Fixtures.pluginsDir(temp, TEST_PLUGIN, JSON_REPORTER);
        profile = Fixtures.profile(Files.createDirectories(temp.resolve("profile")), SAMPLE);
        baseline = temp.resolve("baseline.json");
        Fixtures.CliResult record = record(baseline, 1);
        assertEquals(0, record.exitCode(), record.all());
        assertTrue(record.err().contains("wrote " + baseline + ": 2 metrics from 1 run(s)"), record.err());
        assertTrue(record.err().contains("warning: a one-run baseline has no run-to-run spread"), record.err());
    }

    @Test
    void recordRunsTheProfileNTimesEachWithItsOwnResultFile() throws Exception {
        Path two = temp.resolve("two.json");
        Fixtures.CliResult record = record(two, 2);
        assertEquals(0, record.exitCode(), record.all());
        assertTrue(record.err().contains("run 2 of 2"), record.err());
        assertTrue(record.err().contains("wrote " + two + ": 2 metrics from 2 run(s)"), record.err());
        try (var results = Files.list(temp.resolve("recorded"))) {
            assertEquals(
                    3,
                    results.filter(p -> p.getFileName().toString().matches(".*-test-[0-9a-f]{4}\\.json"))
                            .count(),
                    "each run (one for the gate's baseline, two here) wrote its own result file");
        }
    }

    @Test
    void recordNeverOverwritesWithoutForce() throws Exception {
        byte[] before = Files.readAllBytes(baseline);
        Fixtures.CliResult again = record(baseline, 2);
        assertEquals(2, again.exitCode(), again.all());
        assertTrue(again.err().contains(baseline + " exists; add --force to replace it"), again.err());
        assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(baseline));

        Path nowhere = temp.resolve("no-such-folder/baseline.json");
        Fixtures.CliResult missing = record(nowhere, 2);
        assertEquals(2, missing.exitCode(), missing.all());
        assertTrue(missing.err().contains("no-such-folder does not exist"), missing.err());
        assertFalse(missing.err().contains("run 1 of 2"), "refused before any run: " + missing.err());
    }

    @Test
    void recordWithAFailedWorkloadNamesTheRunAndWritesNoBaseline() throws Exception {
        Path faulty = Fixtures.profile(
                Files.createDirectories(temp.resolve("faulty")), "[modules.fault]\nthrow_in = \"run\"\n");
        Path out = temp.resolve("never.json");
        Fixtures.CliResult record = Fixtures.cli(
                "baseline",
                "record",
                "--runs",
                "3",
                "--plugins-dir",
                plugins.toString(),
                "--profile",
                faulty.toString(),
                "--output",
                temp.resolve("faulty-out").toString(),
                "--out",
                out.toString());
        assertEquals(1, record.exitCode(), record.all());
        assertTrue(record.err().contains("run 1 of 3 had a failed workload; no baseline written"), record.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void anInterruptedRecordExits130AndWritesNoBaseline() throws Exception {
        Path launch = Files.createDirectories(temp.resolve("record-launch"));
        Path output = temp.resolve("record-interrupted");
        Path out = temp.resolve("interrupted.json");
        Process process = Fixtures.launch(
                launch,
                Map.of(),
                "baseline",
                "record",
                "--runs",
                "3",
                "--plugins-dir",
                plugins.toString(),
                "--profile",
                profile.toString(),
                "--set",
                "run.duration=\"1s\"",
                "--output",
                output.toString(),
                "--out",
                out.toString());
        LauncherTest.awaitJournalWithTests(output, 0);
        new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "benchctl did not stop after SIGINT");
        String err = Fixtures.stderr(launch);
        assertEquals(130, process.exitValue(), err);
        assertTrue(err.contains("run 1 of 3 was interrupted; no baseline written"), err);
        assertFalse(Files.exists(out));
    }

    @Test
    void sameWorkloadPassesAndTheResultCarriesTheComparison() throws Exception {
        Path output = temp.resolve("same");
        Fixtures.CliResult run = run(output, "--threshold", "60%");
        assertEquals(0, run.exitCode(), run.all());
        BaselineComparison comparison =
                ResultCodec.read(output.resolve("latest.json")).comparison();
        assertNotNull(comparison, "the result file holds the comparison");
        assertEquals(60.0, comparison.thresholdPercent());
        assertEquals(2, comparison.metrics().size(), comparison.toString());
        assertTrue(
                comparison.notComparable().isEmpty(), comparison.notComparable().toString());
        assertFalse(comparison.hasRegression(), comparison.toString());
        assertTrue(
                run.out().contains("compared with " + baseline + " (threshold 60%): 0 metrics regressed"), run.out());
        assertEquals(List.of(), ResultSchema.validate("result.schema.json", output.resolve("latest.json")));
    }

    @Test
    void aRegressionExits3AndIsInTheSummaryTheResultAndTheJournal() throws Exception {
        Path output = temp.resolve("slower");
        Fixtures.CliResult run = run(output, "--set", SLOWER, "--threshold", "50%");
        assertEquals(3, run.exitCode(), run.all());
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("regressed") && l.contains(LATENCY)), run.out());
        assertTrue(REGRESSED_COUNT.matcher(run.out()).find(), run.out());
        assertTrue(
                run.err().contains("warning: " + baseline + " and this run are not comparable: profile differs"),
                run.err());

        RunResult result = ResultCodec.read(output.resolve("latest.json"));
        BaselineComparison.MetricVerdict latency = verdict(result.comparison(), LATENCY);
        assertEquals(Verdict.REGRESSED, latency.verdict(), latency.toString());
        assertTrue(latency.deltaPercent() > 100, "sixteen times the work per sum: " + latency);
        assertTrue(latency.p() < 0.05, latency.toString());
        assertEquals(List.of(), ResultSchema.validate("result.schema.json", output.resolve("latest.json")));
        assertEquals(
                result.comparison(),
                JournalReader.read(Fixtures.journal(output)).comparison(),
                "the journal's end line carries the comparison, so `report` rebuilds it");
    }

    @Test
    void aFailedWorkloadOutranksARegressionAndTheSummaryNamesBoth() throws Exception {
        Path withFault = Fixtures.profile(
                Files.createDirectories(temp.resolve("with-fault")),
                "[modules.sample]\nsize = 1024\n[modules.fault]\nthrow_in = \"run\"\n");
        Fixtures.CliResult run = Fixtures.run(
                plugins,
                withFault,
                temp.resolve("fault-out"),
                "--baseline",
                baseline.toString(),
                "--set",
                SLOWER,
                "--set",
                SIX_ITERATIONS,
                "--threshold",
                "50%");
        assertEquals(1, run.exitCode(), run.all());
        java.util.regex.Matcher count = REGRESSED_COUNT.matcher(run.out());
        assertTrue(count.find() && count.group(1) != null, "names both: " + run.out());
        assertTrue(
                run.out().contains("compared with " + baseline + " (threshold 50%): 1 workload failed; "), run.out());
    }

    @Test
    void notComparableUnderStrictIsAUsageErrorAndOutranksAFailedWorkload() throws Exception {
        Path withFault = Fixtures.profile(
                Files.createDirectories(temp.resolve("strict")),
                "[modules.sample]\nsize = 1024\n[modules.fault]\nthrow_in = \"run\"\n");
        Fixtures.CliResult run = Fixtures.run(
                plugins, withFault, temp.resolve("strict-out"), "--baseline", baseline.toString(), "--strict");
        assertEquals(2, run.exitCode(), run.all());
        assertTrue(run.err().contains(baseline + " and this run are not comparable: profile differs"), run.err());
        assertFalse(run.err().contains("warning: " + baseline), "an error, not a warning: " + run.err());
    }

    @Test
    void aBadBaselineStopsTheRunBeforeAnyWorkload() throws Exception {
        Path output = temp.resolve("bad");
        Fixtures.CliResult run = Fixtures.run(
                plugins,
                profile,
                output,
                "--baseline",
                temp.resolve("missing.json").toString());
        assertEquals(2, run.exitCode(), run.all());
        assertTrue(run.err().contains("missing.json: no such file"), run.err());
        assertFalse(Files.exists(output.resolve("latest.json")), "nothing ran");
        Fixtures.CliResult threshold = run(output, "--threshold", "lots");
        assertEquals(2, threshold.exitCode(), threshold.all());
        assertTrue(threshold.err().contains("--threshold"), threshold.err());
    }

    @Test
    void anInterruptOutranksEverything() throws Exception {
        Path output = temp.resolve("interrupted");
        Path longer =
                Files.writeString(temp.resolve("longer.toml"), Files.readString(profile) + "[modules.sleep_cpu]\n");
        Process process = Fixtures.launch(
                Files.createDirectories(temp.resolve("launch")),
                Map.of(),
                "run",
                "--plugins-dir",
                plugins.toString(),
                "--profile",
                longer.toString(),
                "--output",
                output.toString(),
                "--no-tui",
                "--set",
                SLOWER,
                "--set",
                "run.duration=\"1s\"",
                "--baseline",
                baseline.toString(),
                "--strict");
        LauncherTest.awaitJournalWithTests(output, 1);
        new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "benchctl did not stop after SIGINT");
        assertEquals(130, process.exitValue(), Fixtures.stderr(temp.resolve("launch")));
        assertNull(ResultCodec.read(output.resolve("latest.json")).comparison(), "an interrupted run is not compared");
    }

    private Fixtures.CliResult record(Path out, int runs) {
        return Fixtures.cli(
                "baseline",
                "record",
                "--runs",
                Integer.toString(runs),
                "--plugins-dir",
                plugins.toString(),
                "--profile",
                profile.toString(),
                "--output",
                temp.resolve("recorded").toString(),
                "--set",
                "run.affinity=false",
                "--set",
                SIX_ITERATIONS,
                "--out",
                out.toString());
    }

    private Fixtures.CliResult run(Path output, String... extra) {
        List<String> args = new ArrayList<>(List.of("--baseline", baseline.toString(), "--set", SIX_ITERATIONS));
        args.addAll(List.of(extra));
        return Fixtures.run(plugins, profile, output, args.toArray(String[]::new));
    }

    private static BaselineComparison.MetricVerdict verdict(BaselineComparison comparison, String key) {
        assertNotNull(comparison, "no comparison in the result");
        return comparison.metrics().stream()
                .filter(m -> m.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + key + " in " + comparison.metrics()));
    }
}
