package io.benchctl.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.benchctl.history.store.HistoryLocation;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code benchctl history} on a real SQLite file, with real results of {@code benchctl run}
 * (the test plugin's sample module: two workloads, a rate and a latency each) and the journal of
 * a run cut short after its first workload.
 */
class HistoryCommandTest {

    static final String FIRST = "20261207T173915Z-tiny-3576";
    static final String SECOND = "20261207T173920Z-tiny-8a53";
    static final String CUT_SHORT = "20261207T173924Z-tiny-9f91";

    record Cli(int exitCode, String out, String err) {}

    @TempDir
    Path folder;

    Path db;

    @BeforeEach
    void copyResults() throws IOException {
        db = folder.resolve("results/history.db");
        for (String name : List.of(FIRST + ".json", SECOND + ".json", CUT_SHORT + ".jsonl")) {
            try (InputStream in = getClass().getResourceAsStream("history/" + name)) {
                Files.copy(in, folder.resolve(name));
            }
        }
    }

    Cli cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exit = commandLine.execute(args);
        return new Cli(exit, out.toString(), err.toString());
    }

    Cli history(String subcommand, String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "history";
        all[1] = subcommand;
        all[2] = "--history";
        all[3] = db.toString();
        System.arraycopy(args, 0, all, 4, args.length);
        return cli(all);
    }

    String file(String name) {
        return folder.resolve(name).toString();
    }

    @Test
    void importedRunsAreListedShownAndImportingAgainIsANoOp() {
        Cli imported = history("import", "--host-id", "lab-1", file(FIRST + ".json"), file(SECOND + ".json"));
        assertEquals(0, imported.exitCode(), imported.err());
        assertTrue(imported.err().contains("imported " + FIRST + " (ok, 4 metrics)"), imported.err());
        assertTrue(imported.err().contains("2 run(s) imported, 0 already there, 0 unreadable"), imported.err());

        Cli again = history("import", "--host-id", "lab-1", file(FIRST + ".json"));
        assertEquals(0, again.exitCode());
        assertTrue(
                again.err()
                        .contains("note: " + FIRST + " from " + file(FIRST + ".json")
                                + " is already in the history; skipped"),
                again.err());

        Cli list = history("list");
        assertEquals(0, list.exitCode(), list.err());
        List<String> lines = list.out().lines().toList();
        assertEquals(3, lines.size(), list.out());
        assertTrue(lines.get(1).startsWith(SECOND) && lines.get(1).contains("lab-1"), list.out());
        assertTrue(lines.get(2).startsWith(FIRST), list.out());
        assertEquals(
                1,
                history("list", "--since", "2026-12-07T17:39:16Z").out().lines().count() - 1);
        assertEquals(0, history("list", "--host", "lab-2").out().lines().count() - 1);

        Cli show = history("show", SECOND);
        assertEquals(0, show.exitCode(), show.err());
        assertTrue(show.out().contains("host       lab-1, fingerprint "), show.out());
        assertTrue(
                show.out()
                        .lines()
                        .anyMatch(l -> l.matches("sample/sum1 +ok +sums_per_second +all +1\\.354e\\+05 +ops/s +3")),
                show.out());
    }

    @Test
    void theJournalOfARunCutShortRecordsWhatFinished() {
        Cli imported = history("import", "--host-id", "lab-1", file(CUT_SHORT + ".jsonl"));
        assertEquals(0, imported.exitCode(), imported.err());
        assertTrue(imported.err().contains("imported " + CUT_SHORT + " (interrupted, 2 metrics)"), imported.err());
        String row = history("list").out().lines().toList().get(1);
        assertTrue(row.matches(CUT_SHORT + " .* interrupted .* lab-1 .* 1"), row);
    }

    @Test
    void exportWritesCsvOrJsonAndNeverReplacesAFileUnasked() throws IOException {
        history("import", "--host-id", "lab-1", file(FIRST + ".json"), file(SECOND + ".json"));
        Cli csv = history("export", "--format", "csv", "--metric", "*/sums_per_second");
        assertEquals(0, csv.exitCode(), csv.err());
        List<String> rows = csv.out().lines().toList();
        assertEquals(String.join(",", HistoryExportCommand.CSV_COLUMNS), rows.getFirst());
        assertEquals(5, rows.size(), csv.out());
        assertTrue(rows.get(1).startsWith(FIRST + ",2026-12-07T17:39:15.718Z,lab-1,"), rows.get(1));
        assertTrue(rows.stream().skip(1).allMatch(r -> r.contains(",sums_per_second,ops/s,higher,")), csv.out());

        Path out = folder.resolve("export.json");
        Files.writeString(out, "keep me");
        Cli refused = history("export", "--format", "json", "--out", out.toString());
        assertEquals(2, refused.exitCode());
        assertEquals(
                "benchctl: " + out + " exists; add --force to replace it",
                refused.err().strip());
        assertEquals("keep me", Files.readString(out));

        Cli forced = history(
                "export",
                "--format",
                "json",
                "--metric",
                "sample/sum0/sum_latency",
                "--out",
                out.toString(),
                "--force");
        assertEquals(0, forced.exitCode(), forced.err());
        String json = Files.readString(out);
        assertEquals(2, json.split("\"name\" : \"sum_latency\"").length - 1, json);
        assertTrue(json.contains("\"histogram\" : \"HISTFAAA"), json);
    }

    @Test
    void pruneSaysHowMuchWent() {
        history("import", "--host-id", "lab-1", file(FIRST + ".json"), file(SECOND + ".json"));
        Cli pruned = history("prune", "--keep-last", "1");
        assertEquals(0, pruned.exitCode(), pruned.err());
        assertEquals(
                "pruned 1 run(s), 4 metric(s), 12 sample(s) from " + db,
                pruned.err().strip());
        assertEquals(
                "pruned 0 run(s), 0 metric(s), 0 sample(s) from " + db,
                history("prune", "--older-than", "3650d").err().strip());
        Cli bad = history("prune", "--older-than", "soon");
        assertEquals(2, bad.exitCode());
        assertEquals(
                "benchctl: --older-than 'soon' is not a duration (e.g. 90d, 12h, 30m, 2w or PT12H)",
                bad.err().strip());
    }

    @Test
    void userMistakesAreOneLineAndExitTwo() throws Exception {
        Cli missing = history("import", "--host-id", "lab-1", file("absent.json"), file(FIRST + ".json"));
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().startsWith("benchctl: " + file("absent.json") + ": no such file"), missing.err());
        assertTrue(missing.err().contains("1 run(s) imported, 0 already there, 1 unreadable"), missing.err());

        Cli password =
                cli("history", "list", "--history", "jdbc:postgresql://db.example/bench?user=ci&password=s3cret");
        assertEquals(2, password.exitCode());
        assertFalse(password.err().contains("s3cret"), password.err());
        assertTrue(password.err().contains("carries a password"), password.err());

        Cli unknownRun = history("show", "no-such-run");
        assertEquals("benchctl: no run no-such-run in " + db, unknownRun.err().strip());

        Path damaged = Files.write(folder.resolve("damaged.db"), new byte[4096]);
        Files.write(damaged, "this is no database".getBytes(), java.nio.file.StandardOpenOption.APPEND);
        Cli corrupt = cli("history", "list", "--history", damaged.toString());
        assertEquals(2, corrupt.exitCode());
        assertTrue(corrupt.err().startsWith("benchctl: history database " + damaged + " is damaged"), corrupt.err());

        try (Connection connection =
                        DriverManager.getConnection(HistoryLocation.of(db).jdbcUrl());
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO flyway_schema_history (installed_rank, version, description, type,"
                    + " script, checksum, installed_by, execution_time, success)"
                    + " VALUES (7, '3', 'later', 'SQL', 'V3__later.sql', 0, 'test', 0, 1)");
        }
        Cli newer = history("list");
        assertEquals(2, newer.exitCode());
        assertEquals(
                "benchctl: history database " + db + " has schema version 3; this benchctl knows up to 1",
                newer.err().strip());
        for (Cli cli : List.of(missing, password, unknownRun, corrupt, newer)) {
            assertFalse(cli.err().contains("\tat "), cli.err());
        }
    }

    @Test
    void theDatabaseIsTheOptionElseTheVariableElseResultsHistoryDb() {
        Map<String, String> env = Map.of(HistorySubcommand.ENVIRONMENT_VARIABLE, "/srv/bench/history.db");
        assertEquals(Path.of("/x.db"), HistorySubcommand.location("/x.db", env).file());
        assertEquals(
                Path.of("/srv/bench/history.db"),
                HistorySubcommand.location(null, env).file());
        assertEquals(
                Path.of("results/history.db"),
                HistorySubcommand.location(null, Map.of()).file());
    }
}
