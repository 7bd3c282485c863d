package io.benchctl.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.benchctl.runtime.fleet.FleetFixtures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code benchctl fleet report} through the real command line, on a results folder. */
class FleetCommandTest {

    @TempDir
    Path dir;

    record Cli(int exitCode, String out, String err) {}

    private Cli cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exit = commandLine.execute(args);
        return new Cli(exit, out.toString(), err.toString());
    }

    @Test
    void aFolderWithLatestJsonIsReadOnceAndAnOutlierFailsOnlyWhenAsked() throws Exception {
        Path results = dir.resolve("results");
        FleetFixtures.writeFleet(results, 6, "node-5", 1.3);
        Files.copy(Files.list(results).sorted().findFirst().orElseThrow(), results.resolve("latest.json"));

        Cli report = cli("fleet", "report", results.toString());
        assertEquals(0, report.exitCode(), report.err());
        assertTrue(
                report.out().startsWith("fleet report of profile default: 6 host(s) in 1 hardware group(s)"),
                report.out());
        assertTrue(
                report.out()
                        .contains("skipped files\n  " + results.resolve("latest.json")
                                + ": the folder's copy of its newest run"),
                report.out());
        assertEquals("benchctl: outlier host(s): node-5\n", report.err());

        Cli failing = cli("fleet", "report", "--fail-on-outlier", results.toString());
        assertEquals(ExitCodes.REGRESSION, failing.exitCode(), failing.err());

        Cli lenient = cli("fleet", "report", "--fail-on-outlier", "--k", "1000", results.toString());
        assertEquals(0, lenient.exitCode(), lenient.out());
        assertTrue(lenient.out().contains("no outlier hosts"), lenient.out());
    }

    @Test
    void outNeverReplacesAFileWithoutForce() throws Exception {
        Path results = dir.resolve("results");
        FleetFixtures.writeFleet(results, 4, null, 1);
        Path html = dir.resolve("fleet.html");

        Cli first = cli(
                "fleet",
                "report",
                "--fail-on-outlier",
                "--format",
                "html",
                "--out",
                html.toString(),
                results.toString());
        assertEquals(0, first.exitCode(), first.err());
        assertEquals("wrote the fleet report to " + html + "\n", first.err());
        assertEquals("", first.out());
        assertTrue(Files.readString(html).startsWith("<!DOCTYPE html>"));

        Cli again = cli("fleet", "report", "--format", "json", "--out", html.toString(), results.toString());
        assertEquals(ExitCodes.USAGE, again.exitCode());
        assertEquals("benchctl: " + html + " exists; add --force to replace it\n", again.err());
        assertTrue(Files.readString(html).startsWith("<!DOCTYPE html>"), "left as it was");

        Cli forced =
                cli("fleet", "report", "--format", "json", "--force", "--out", html.toString(), results.toString());
        assertEquals(0, forced.exitCode(), forced.err());
        assertTrue(Files.readString(html).startsWith("{"));
    }

    @Test
    void badInputIsOneLineAndExitTwo() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Files.writeString(empty.resolve("notes.json"), "[1, 2]");

        Cli none = cli("fleet", "report", empty.toString());
        assertEquals(ExitCodes.USAGE, none.exitCode());
        assertTrue(none.err().contains("benchctl: skipped " + empty.resolve("notes.json") + ": "), none.err());
        assertTrue(none.err().endsWith("benchctl: no result to merge in [" + empty + "]\n"), none.err());

        Cli missing = cli("fleet", "report", dir.resolve("nope.json").toString());
        assertEquals(ExitCodes.USAGE, missing.exitCode());
        assertEquals("benchctl: " + dir.resolve("nope.json") + ": no such file or folder\n", missing.err());

        Cli notResult = cli("fleet", "report", empty.resolve("notes.json").toString());
        assertEquals(ExitCodes.USAGE, notResult.exitCode());
        assertTrue(
                notResult.err().startsWith("benchctl: " + empty.resolve("notes.json") + ": not a benchctl result"),
                notResult.err());
        assertFalse(notResult.err().contains("Exception"), notResult.err());
    }

    @Test
    void aDamagedHistogramNamesItsFileAndMetric() throws Exception {
        Path results = dir.resolve("results");
        FleetFixtures.writeFleet(results, 3, null, 1);
        Path damaged = Files.list(results).sorted().findFirst().orElseThrow();
        String json = Files.readString(damaged);
        int at = json.indexOf("\"histogram\" : \"") + "\"histogram\" : \"".length();
        Files.writeString(damaged, json.substring(0, at) + "AAAA" + json.substring(at + 4));

        Cli report = cli("fleet", "report", results.toString());

        assertEquals(ExitCodes.USAGE, report.exitCode(), report.out());
        assertTrue(
                report.err()
                        .startsWith("benchctl: " + damaged + ": metric syscall/pipe/1B:latency: not a compressed"
                                + " HdrHistogram"),
                report.err());
        assertFalse(report.err().contains("\tat "), report.err());
    }
}
