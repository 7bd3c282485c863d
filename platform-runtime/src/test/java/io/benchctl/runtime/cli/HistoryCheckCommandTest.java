package io.benchctl.runtime.cli;

import static io.benchctl.runtime.cli.SyntheticRuns.concat;
import static io.benchctl.runtime.cli.SyntheticRuns.level;
import static io.benchctl.runtime.cli.SyntheticRuns.runId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.benchctl.api.Better;
import io.benchctl.history.changepoint.ChangePoint;
import io.benchctl.runtime.result.ResultCodec;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;

/**
 * {@code benchctl history check} on real SQLite files filled by {@code history import} of result
 * files with chosen headline values (2 % Gaussian noise, fixed seeds): a step, an A/A history,
 * an improvement, and the options that select series and set the gate.
 */
class HistoryCheckCommandTest {

    record Cli(int exitCode, String out, String err) {}

    @TempDir
    Path folder;

    /** 30 runs at 1000 ops/s, then 10 at 850: a 15 % regression starting at run 31. */
    static final double[] OPS_STEP = concat(level(30, 1000, 0.02, 1), level(10, 850, 0.02, 2));

    static final double[] LATENCY_FLAT = level(40, 120, 0.02, 3);

    Path history(double[] ops, double[] latency) throws IOException {
        Path db = folder.resolve("history.db");
        List<String> args =
                new ArrayList<>(List.of("history", "import", "--history", db.toString(), "--host-id", "lab-1"));
        SyntheticRuns.write(folder, ops, latency).forEach(file -> args.add(file.toString()));
        Cli imported = cli(args.toArray(String[]::new));
        assertEquals(0, imported.exitCode(), imported.err());
        return db;
    }

    static Cli cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exit = commandLine.execute(args);
        return new Cli(exit, out.toString(), err.toString());
    }

    static Cli check(Path db, String... options) {
        List<String> args = new ArrayList<>(List.of("history", "check", "--history", db.toString()));
        args.addAll(List.of(options));
        return cli(args.toArray(String[]::new));
    }

    @Test
    void aStepDownInOpsFailsTheCheckAtTheRunWhereItStarts() throws IOException {
        Cli check = check(history(OPS_STEP, LATENCY_FLAT));
        assertEquals(3, check.exitCode(), check.out() + check.err());
        List<String> lines = check.out().lines().toList();
        assertEquals(
                "lab-1 cpu/int/t1 ops_per_second (ops/s, higher is better, 40 runs): 1 change point(s)", lines.get(0));
        assertTrue(
                lines.get(1)
                        .matches("  run 31  " + runId(30) + "  2026-11-01T08:30:00Z  [0-9,.]+ ops/s → [0-9,.]+ ops/s"
                                + "  -1[3-7]\\.[0-9]%  p [0-9.e-]+  regression, fails the check"),
                lines.get(1));
        assertEquals("lab-1 memory/latency load_latency (ns, lower is better, 40 runs): no change point", lines.get(2));
        assertEquals(
                "2 series checked, 1 change point(s) (1 regression(s)); 1 series failing"
                        + " (newest change point a regression beyond 5.0% with p < 5.0e-05)",
                lines.getLast());
    }

    @Test
    void anAaHistoryPassesWithNoChangePoint() throws IOException {
        Cli check = check(history(level(40, 1000, 0.02, 11), LATENCY_FLAT));
        assertEquals(0, check.exitCode(), check.out() + check.err());
        assertEquals(
                2,
                check.out()
                        .lines()
                        .filter(l -> l.endsWith("runs): no change point"))
                        .count(),
                check.out());
        assertTrue(
                check.out()
                        .strip()
                        .endsWith("2 series checked, 0 change point(s) (0 regression(s)); 0 series failing"
                                + " (newest change point a regression beyond 5.0% with p < 5.0e-05)"),
                check.out());
    }

    @Test
    void anImprovementIsListedAndPasses() throws IOException {
        double[] faster = concat(level(30, 1000, 0.02, 1), level(10, 1150, 0.02, 2));
        double[] quicker = concat(level(25, 120, 0.02, 4), level(15, 100, 0.02, 5));
        Cli check = check(history(faster, quicker));
        assertEquals(0, check.exitCode(), check.out() + check.err());
        assertTrue(check.out().contains("  run 31  " + runId(30) + "  "), check.out());
        assertTrue(check.out().contains("  run 26  " + runId(25) + "  "), check.out());
        assertEquals(
                2, check.out().lines().filter(l -> l.endsWith("  improvement")).count(), check.out());
        assertTrue(check.out().contains("2 change point(s) (0 regression(s)); 0 series failing"), check.out());
    }

    @Test
    void theNewestChangePointDecides() throws IOException {
        // Down 15 % at run 21, back up at run 41: the regression was fixed, the check passes.
        double[] fixed = concat(concat(level(20, 1000, 0.02, 1), level(20, 850, 0.02, 2)), level(20, 1000, 0.02, 6));
        Cli check = check(history(fixed, level(60, 120, 0.02, 3)));
        assertEquals(0, check.exitCode(), check.out() + check.err());
        assertTrue(check.out().contains("  run 21  " + runId(20) + "  "), check.out());
        assertTrue(check.out().contains("  run 41  " + runId(40) + "  "), check.out());
        assertTrue(check.out().contains("2 change point(s) (1 regression(s)); 0 series failing"), check.out());
    }

    @Test
    void metricGlobSelectsSeriesByNameOrWorkloadAndName() throws IOException {
        Path db = history(OPS_STEP, LATENCY_FLAT);
        Cli latencyOnly = check(db, "--metric", "memory/*");
        assertEquals(0, latencyOnly.exitCode(), latencyOnly.out());
        assertFalse(latencyOnly.out().contains("ops_per_second"), latencyOnly.out());
        assertTrue(latencyOnly.out().contains("1 series checked"), latencyOnly.out());

        Cli byName = check(db, "--metric", "ops_*");
        assertEquals(3, byName.exitCode(), byName.out());
        assertTrue(byName.out().contains("1 series checked"), byName.out());

        Cli none = check(db, "--metric", "disk/*");
        assertEquals(2, none.exitCode());
        assertEquals(
                "benchctl: no series in " + db
                        + " matching --metric 'disk/*' (name or workload/name) with a finished run",
                none.err().strip());
        Cli otherHost = check(db, "--host", "lab-2");
        assertEquals(2, otherHost.exitCode());
        assertEquals(
                "benchctl: no series in " + db + " of host lab-2 with a finished run",
                otherHost.err().strip());
    }

    @Test
    void jsonCarriesTheChangePointsTheGateAndTheExitCode() throws IOException {
        Cli check = check(history(OPS_STEP, LATENCY_FLAT), "--format", "json");
        assertEquals(3, check.exitCode(), check.err());
        JsonNode report = ResultCodec.mapper().readTree(check.out());
        assertEquals(3, report.get("exitCode").asInt());
        assertEquals(5.0, report.get("options").get("thresholdPercent").asDouble());
        JsonNode ops = report.get("series").get(0);
        assertEquals("cpu/int/t1", ops.get("workload").asString());
        assertEquals("higher", ops.get("better").asString());
        assertTrue(ops.get("failing").asBoolean());
        JsonNode point = ops.get("changePoints").get(0);
        assertEquals(31, point.get("run").asInt());
        assertEquals(runId(30), point.get("runId").asString());
        assertTrue(point.get("regression").asBoolean());
        assertTrue(point.get("pValue").asDouble() < 5e-5, point.toString());
        assertEquals(
                point.get("meanAfter").asDouble() / point.get("meanBefore").asDouble() - 1,
                point.get("relativeChange").asDouble(),
                1e-12);
        assertEquals(0, report.get("series").get(1).get("changePoints").size());
        assertEquals(1, report.get("summary").get("failing").asInt());
    }

    @Test
    void markdownIsATableOfChangePointsAndTheSummary() throws IOException {
        Cli check = check(history(OPS_STEP, LATENCY_FLAT), "--format", "markdown");
        assertEquals(3, check.exitCode(), check.err());
        List<String> lines = check.out().lines().toList();
        assertEquals("| series | run | run id | started (UTC) | mean before → after | change | p | |", lines.get(0));
        assertTrue(
                lines.get(2).startsWith("| lab-1 cpu/int/t1 ops_per_second | 31 of 40 | `" + runId(30) + "` | "),
                lines.get(2));
        assertTrue(lines.get(2).endsWith(" | **regression, fails the check** |"), lines.get(2));
        assertTrue(lines.getLast().startsWith("2 series checked, 1 change point(s)"), check.out());
    }

    @Test
    void theThresholdSetsWhichRegressionFails() throws IOException {
        double[] eightPercent = concat(level(30, 1000, 0.02, 1), level(10, 920, 0.02, 2));
        Path db = history(eightPercent, LATENCY_FLAT);
        assertEquals(3, check(db).exitCode(), "8 % is beyond the default 5 %");
        Cli lenient = check(db, "--threshold", "10%");
        assertEquals(0, lenient.exitCode(), lenient.out());
        assertTrue(lenient.out().contains("  run 31  " + runId(30) + "  "), "still listed: " + lenient.out());
        assertTrue(
                lenient.out().contains("  regression\n") || lenient.out().contains("  regression\r\n"), lenient.out());
        assertEquals(3, check(db, "--threshold", "7.5").exitCode(), "a bare number is a percentage");
    }

    @Test
    void detectionOptionsReachTheDetector() throws IOException {
        Path db = history(OPS_STEP, LATENCY_FLAT);
        Cli strict = check(db, "--max-pvalue", "1e-40");
        assertEquals(0, strict.exitCode(), strict.out());
        assertTrue(strict.out().contains("0 change point(s)"), strict.out());
        assertTrue(strict.out().contains("with p < 1.0e-40"), strict.out());
        Cli large = check(db, "--min-magnitude", "20%");
        assertEquals(0, large.exitCode(), "a 15 % step is below a 20 % minimum magnitude: " + large.out());
        Cli smallWindow = check(db, "--window", "10");
        assertEquals(3, smallWindow.exitCode(), smallWindow.out());
        assertTrue(smallWindow.out().contains("  run 31  " + runId(30) + "  "), smallWindow.out());
    }

    @Test
    void aChangePointAtOrAboveMaxPValueNeverFails() {
        HistoryCheckCommand.Gate gate = new HistoryCheckCommand.Gate(5, 5e-5);
        ChangePoint significant = new ChangePoint(10, 100, 80, 100, 80, 1e-9, Better.HIGHER);
        ChangePoint mergedOnAStaleP = new ChangePoint(10, 100, 80, 100, 80, 5e-5, Better.HIGHER);
        ChangePoint small = new ChangePoint(10, 100, 96, 100, 96, 1e-9, Better.HIGHER);
        ChangePoint slower = new ChangePoint(10, 100, 120, 100, 120, 1e-9, Better.LOWER);
        assertTrue(gate.fails(significant));
        assertFalse(gate.fails(mergedOnAStaleP));
        assertFalse(gate.fails(small));
        assertTrue(gate.fails(slower));
        assertFalse(gate.fails(null));
    }

    @Test
    void badUsageExitsTwoWithOneLine() throws IOException {
        Path db = history(OPS_STEP, LATENCY_FLAT);
        List<Cli> bad = List.of(
                check(folder.resolve("absent.db")),
                check(db, "--window", "1"),
                check(db, "--max-pvalue", "0"),
                check(db, "--threshold", "abc"),
                check(db, "--min-magnitude", "-1%"),
                check(db, "--format", "xml"),
                check(db, "--metric", ""));
        for (Cli cli : bad) {
            assertEquals(2, cli.exitCode(), cli.err());
            assertTrue(cli.err().startsWith("benchctl: "), cli.err());
            assertFalse(cli.err().contains("\tat "), cli.err());
        }
        assertEquals(
                "benchctl: --window must be at least 2 runs, not 1",
                bad.get(1).err().strip());
        assertEquals(
                "benchctl: --threshold: expected a percentage like \"5%\", found \"abc\"",
                bad.get(3).err().strip());
        assertEquals(
                "benchctl: --metric must not be empty; use '*' for every metric",
                bad.get(6).err().strip());
    }
}
