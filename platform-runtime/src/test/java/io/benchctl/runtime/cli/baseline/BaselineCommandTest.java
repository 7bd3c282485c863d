package io.benchctl.runtime.cli.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.benchctl.runtime.baseline.SchemaCheck;
import io.benchctl.runtime.baseline.SyntheticRuns;
import io.benchctl.runtime.cli.ExitCodes;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The commands end to end on real files: exit codes, messages, outputs. */
class BaselineCommandTest {

    @TempDir
    Path dir;

    record Outcome(int exitCode, String out, String err) {}

    /**
     * Runs a command in-process. A compare gets an explicit --summary-file so that a test run
     * inside GitHub Actions never appends to the job's real $GITHUB_STEP_SUMMARY.
     */
    private Outcome run(String... given) {
        List<String> args = new ArrayList<>(List.of(given));
        if (args.getFirst().equals("compare") && args.stream().noneMatch(a -> a.startsWith("--summary-file"))) {
            args.add("--summary-file=" + dir.resolve("unused-summary.md"));
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = new CommandLine(new BaselineCommand())
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args.toArray(String[]::new));
        return new Outcome(exitCode, out.toString(), err.toString());
    }

    /** Five low-noise runs exported as a baseline; returns the baseline file. */
    private Path exportBaseline(SyntheticRuns runs) throws IOException {
        List<String> args = new ArrayList<>(List.of("export"));
        for (int i = 0; i < 5; i++) {
            args.add(SyntheticRuns.write(dir, "r" + i + ".json", runs.run(1, 1)).toString());
        }
        Path baseline = dir.resolve("baseline.json");
        args.addAll(List.of("--out", baseline.toString()));
        Outcome export = run(args.toArray(String[]::new));
        assertEquals(0, export.exitCode(), export.err());
        assertTrue(export.err().contains("wrote " + baseline + ": 2 metrics from 5 run(s)"), export.err());
        return baseline;
    }

    @Test
    void anUnchangedRunExitsZeroAndASlowerOneExitsThree() throws IOException {
        SyntheticRuns runs = new SyntheticRuns(11).noise(0.01, 0.01);
        Path baseline = exportBaseline(runs);
        Path same = SyntheticRuns.write(dir, "same.json", runs.run(1, 1));
        Path slower = SyntheticRuns.write(dir, "slower.json", runs.run(0.85, 1.2));

        Outcome unchanged = run("compare", "--baseline", baseline.toString(), same.toString());
        assertEquals(0, unchanged.exitCode(), unchanged.out() + unchanged.err());
        assertTrue(unchanged.out().contains("0 regressed"), unchanged.out());
        assertEquals("", unchanged.err());

        Outcome regressed = run("compare", "--baseline", baseline.toString(), slower.toString());
        assertEquals(ExitCodes.REGRESSION, regressed.exitCode(), regressed.out());
        assertTrue(regressed.out().contains("↓ regressed"), regressed.out());
        assertTrue(regressed.out().contains("2 regressed"), regressed.out());
    }

    @Test
    void jsonOutputAndBaselineFollowTheirSchemas() throws IOException {
        SyntheticRuns runs = new SyntheticRuns(12).noise(0.01, 0.01);
        Path baseline = exportBaseline(runs);
        SchemaCheck.assertValid("baseline.schema.json", Files.readString(baseline));
        Path current = SyntheticRuns.write(dir, "current.json", runs.run(0.85, 1));

        Outcome json = run("compare", "--baseline", baseline.toString(), current.toString(), "--format", "json");
        assertEquals(3, json.exitCode(), json.err());
        SchemaCheck.assertValid("compare.schema.json", json.out());
        assertTrue(json.out().contains("\"verdict\" : \"regressed\""), json.out());
        assertTrue(json.out().contains("\"psi\""), "latency metrics carry PSI: " + json.out());
    }

    @Test
    void markdownGoesToStdoutAndIsAppendedToTheStepSummary() throws IOException {
        SyntheticRuns runs = new SyntheticRuns(13).noise(0.01, 0.01);
        Path baseline = exportBaseline(runs);
        Path current = SyntheticRuns.write(dir, "current.json", runs.run(1, 1));
        Path summary = Files.writeString(dir.resolve("summary.md"), "earlier step\n");

        Outcome markdown = run(
                "compare",
                "--baseline",
                baseline.toString(),
                current.toString(),
                "--format",
                "markdown",
                "--summary-file",
                summary.toString());
        assertEquals(0, markdown.exitCode(), markdown.err());
        assertTrue(markdown.out().contains("| Metric | Baseline |"), markdown.out());
        assertEquals("earlier step\n" + markdown.out(), Files.readString(summary));
    }

    @Test
    void differentHostsWarnAndStrictFails() throws IOException {
        SyntheticRuns runs = new SyntheticRuns(14).noise(0.01, 0.01);
        Path baseline = exportBaseline(runs);
        Path otherHost = SyntheticRuns.write(
                dir, "other.json", runs.fingerprint("host-b").run(1, 1));

        Outcome warned = run("compare", "--baseline", baseline.toString(), otherHost.toString());
        assertEquals(0, warned.exitCode());
        assertTrue(warned.err().contains("host fingerprint differs (baseline host-a, current host-b)"), warned.err());
        assertTrue(warned.out().contains("warning: not comparable: host fingerprint differs"), warned.out());

        Outcome strict = run("compare", "--strict", "--baseline", baseline.toString(), otherHost.toString());
        assertEquals(2, strict.exitCode());
        assertTrue(
                strict.err().startsWith("benchctl: " + baseline + " and " + otherHost + " are not comparable: host"),
                strict.err());
        assertEquals("", strict.out());
    }

    @Test
    void aChangedProfileIsNamed() throws IOException {
        SyntheticRuns runs = new SyntheticRuns(15).noise(0.01, 0.01);
        Path baseline = exportBaseline(runs);
        Path other = SyntheticRuns.write(
                dir, "p.json", runs.profile(SyntheticRuns.profile(3)).run(1, 1));
        Outcome strict = run("compare", "--strict", "--baseline", baseline.toString(), other.toString());
        assertEquals(2, strict.exitCode());
        assertTrue(strict.err().contains("profile differs"), strict.err());
    }

    @Test
    void aThresholdsFileOverridesPerMetric() throws IOException {
        SyntheticRuns runs = new SyntheticRuns(16).noise(0.01, 0.01);
        Path baseline = exportBaseline(runs);
        Path slower = SyntheticRuns.write(dir, "slower.json", runs.run(0.9, 1));
        Path thresholds = Files.writeString(dir.resolve("t.toml"), """
                [compare]
                threshold = "5%"
                [compare.thresholds]
                "cpu/*" = "20%"
                """);
        Outcome tolerant = run(
                "compare", "--baseline", baseline.toString(), slower.toString(), "--thresholds", thresholds.toString());
        assertEquals(0, tolerant.exitCode(), tolerant.out());
        assertTrue(tolerant.out().contains("within ±20.0%"), tolerant.out());

        Path profile = Files.writeString(dir.resolve("lab.toml"), """
                [run]
                iterations = 5
                [compare]
                threshold = "15%"
                """);
        Outcome fromProfile =
                run("compare", "--baseline", baseline.toString(), slower.toString(), "--profile", profile.toString());
        assertEquals(0, fromProfile.exitCode(), fromProfile.out());
        Outcome optionWins = run(
                "compare",
                "--baseline",
                baseline.toString(),
                slower.toString(),
                "--profile",
                profile.toString(),
                "--threshold",
                "5%");
        assertEquals(3, optionWins.exitCode(), optionWins.out());
    }

    @Test
    void theCompareTableTheRunRecordedApplies() throws IOException {
        SyntheticRuns runs = new SyntheticRuns(16).noise(0.01, 0.01);
        Path baseline = exportBaseline(runs);
        Map<String, Object> profile = new LinkedHashMap<>(SyntheticRuns.profile(5));
        profile.put("compare", Map.of("thresholds", Map.of("cpu/*", "20%", "syscall/*", "bad")));
        Path badTable =
                SyntheticRuns.write(dir, "bad.json", runs.profile(profile).run(0.9, 1));
        assertOneLineError(
                run("compare", "--baseline", baseline.toString(), badTable.toString()),
                badTable + ": profile: compare.thresholds.\"syscall/*\": expected a percentage like");

        profile.put("compare", Map.of("thresholds", Map.of("cpu/*", "20%")));
        Path slower =
                SyntheticRuns.write(dir, "slower.json", runs.profile(profile).run(0.9, 1));
        Outcome tolerant = run("compare", "--baseline", baseline.toString(), slower.toString());
        assertEquals(0, tolerant.exitCode(), tolerant.out() + tolerant.err());
        assertTrue(tolerant.out().contains("within ±20.0%"), tolerant.out());
        assertEquals("", tolerant.err(), "a [compare] table does not make profiles differ");
    }

    @Test
    void metricsOnOneSideAreListed() throws IOException {
        SyntheticRuns runs = new SyntheticRuns(17).noise(0.01, 0.01);
        Path baseline = exportBaseline(runs);
        var full = runs.run(1, 1);
        var cpuOnlyPlusNew =
                full.tests().stream().filter(t -> t.id().startsWith("cpu")).toList();
        List<io.benchctl.api.result.WorkloadResult> tests = new ArrayList<>(cpuOnlyPlusNew);
        tests.add(SyntheticRuns.test(
                "memory/triad/1GiB/stride1",
                SyntheticRuns.metric(
                        "bandwidth", "B/s", io.benchctl.api.Better.HIGHER, 0, List.of(1.0e10, 1.1e10), null)));
        Path current = SyntheticRuns.write(dir, "c.json", runs.result(tests));
        Outcome outcome = run("compare", "--baseline", baseline.toString(), current.toString());
        assertEquals(0, outcome.exitCode(), outcome.err());
        assertTrue(outcome.out().contains("only in baseline: " + SyntheticRuns.LATENCY_KEY), outcome.out());
        assertTrue(
                outcome.out().contains("only in current:  memory/triad/1GiB/stride1:bandwidth[thread 0]"),
                outcome.out());
    }

    @Test
    void missingAndGarbageFilesExitTwoWithOneLineNamingTheFile() throws IOException {
        SyntheticRuns runs = new SyntheticRuns(18);
        Path result = SyntheticRuns.write(dir, "r.json", runs.run(1, 1));
        Path garbage = Files.writeString(dir.resolve("garbage.json"), "{ not json");
        Path missing = dir.resolve("missing.json");
        Path badToml = Files.writeString(dir.resolve("bad.toml"), "[compare]\nthreshold = \"five\"\n");
        Path brokenToml = Files.writeString(dir.resolve("broken.toml"), "[compare\n");

        assertOneLineError(
                run("export", missing.toString(), "--out", dir.resolve("b.json").toString()),
                missing + ": no such file");
        assertOneLineError(
                run("export", garbage.toString(), "--out", dir.resolve("b.json").toString()),
                garbage + ": not a benchctl result");
        assertOneLineError(
                run("compare", "--baseline", garbage.toString(), result.toString()),
                garbage + ": not a benchctl baseline");
        assertOneLineError(
                run("compare", "--baseline", missing.toString(), result.toString()), missing + ": no such file");
        assertOneLineError(
                run("compare", "--baseline", result.toString(), result.toString()),
                result + ": not a benchctl baseline");
        Path baseline = dir.resolve("b.json");
        assertEquals(
                0,
                run("export", result.toString(), "--out", baseline.toString()).exitCode());
        assertOneLineError(
                run("compare", "--baseline", baseline.toString(), garbage.toString()),
                garbage + ": not a benchctl result");
        assertOneLineError(
                run(
                        "compare",
                        "--baseline",
                        baseline.toString(),
                        result.toString(),
                        "--thresholds",
                        badToml.toString()),
                badToml + ": compare.threshold: expected a percentage");
        assertOneLineError(
                run(
                        "compare",
                        "--baseline",
                        baseline.toString(),
                        result.toString(),
                        "--thresholds",
                        brokenToml.toString()),
                brokenToml + ":1: not valid TOML");
        assertOneLineError(
                run("compare", "--baseline", baseline.toString(), result.toString(), "--threshold", "-3%"),
                "--threshold: expected a percentage above 0");
        assertOneLineError(
                run(
                        "export",
                        result.toString(),
                        "--out",
                        dir.resolve("no/such/dir/b.json").toString()),
                "does not exist");
        assertEquals(
                2,
                run("compare", "--baseline", baseline.toString(), result.toString(), "--format", "yaml")
                        .exitCode());
        assertEquals(2, run("compare", result.toString()).exitCode(), "--baseline is required");
    }

    private static void assertOneLineError(Outcome outcome, String expected) {
        assertEquals(2, outcome.exitCode(), outcome.err());
        assertTrue(outcome.err().startsWith("benchctl: ") && outcome.err().contains(expected), outcome.err());
        assertEquals(1, outcome.err().lines().count(), "one line: " + outcome.err());
        assertFalse(outcome.err().contains("Exception"), outcome.err());
        assertEquals("", outcome.out());
    }

    @Test
    void exportReplacesTheOutputWithoutLeavingTemporaryFiles() throws IOException {
        SyntheticRuns runs = new SyntheticRuns(19);
        Path result = SyntheticRuns.write(dir, "r.json", runs.run(1, 1));
        Path baseline = Files.writeString(dir.resolve("b.json"), "old");
        assertEquals(
                0,
                run("export", result.toString(), "--out", baseline.toString()).exitCode());
        assertTrue(Files.readString(baseline).contains("\"schemaVersion\""));
        try (var files = Files.list(dir)) {
            assertEquals(
                    List.of("b.json", "r.json"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }
}
