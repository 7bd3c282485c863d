package io.benchctl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.benchctl.api.result.RunResult;
import io.benchctl.api.result.RunStatus;
import io.benchctl.api.result.WorkloadResult;
import io.benchctl.api.result.WorkloadStatus;
import io.benchctl.runtime.result.JournalReader;
import io.benchctl.runtime.result.ResultCodec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code benchctl run --history} and {@code --host-id}: real runs of the test plugin, a real
 * SQLite history, and for the interrupt the real launcher stopped by SIGINT.
 */
@EnabledOnOs(
        value = OS.LINUX,
        disabledReason =
                "needs Linux (procfs, signals, namespaces or the bash launcher); the portable subset leaves it out")
class HistoryRecordingTest {
    private static final String HOST = "node-7.lab";

    @TempDir
    Path temp;

    Path plugins;
    Path profile;
    Path output;
    Path db;

    @BeforeEach
    void setUp() throws IOException {
        plugins = Fixtures.pluginsDir(temp, Fixtures.TEST_PLUGIN, Fixtures.JSON_REPORTER);
        profile = Fixtures.profile(temp, "[modules.sample]\nvariants = 2\n");
        output = temp.resolve("out");
        db = temp.resolve("hist/history.db");
    }

    @Test
    void aRunRecordedAsItEndsIsListedWithItsHostId() throws IOException {
        var run = Fixtures.run(plugins, profile, output, "--history", db.toString(), "--host-id", HOST);
        assertEquals(0, run.exitCode(), run.all());
        RunResult result = ResultCodec.read(output.resolve("latest.json"));
        assertEquals(HOST, result.hostId());
        assertEquals(List.of(), ResultSchema.validate("result.schema.json", output.resolve("latest.json")));
        assertTrue(run.out().contains("run " + result.runId() + ": ok, 2 workload(s) on host " + HOST), run.out());
        assertTrue(
                run.err()
                        .contains("benchctl: recorded run " + result.runId() + " (4 metrics, host " + HOST
                                + ") in history " + db),
                run.err());
        assertEquals(db.toString(), ((Map<?, ?>) result.profile().get("run")).get("history"));

        var list = Fixtures.cli("history", "list", "--history", db.toString());
        assertEquals(0, list.exitCode(), list.all());
        List<String> rows = list.out().lines().toList();
        assertEquals(2, rows.size(), list.out());
        assertTrue(rows.get(1).matches(result.runId() + " .* ok .* " + HOST + " .* test .* 2"), rows.get(1));

        // history import --host-id wins over the id the result names
        Path other = temp.resolve("other.db");
        var imported = Fixtures.cli(
                "history",
                "import",
                "--history",
                other.toString(),
                "--host-id",
                "renamed-1",
                output.resolve("latest.json").toString());
        assertEquals(0, imported.exitCode(), imported.all());
        String row = Fixtures.cli("history", "list", "--history", other.toString())
                .out()
                .lines()
                .toList()
                .get(1);
        assertTrue(row.matches(result.runId() + " .* renamed-1 .*"), row);
    }

    @Test
    void withoutHostIdTheResultNamesThisMachineAndTheProfileKeyRecordsToo() throws IOException {
        Files.writeString(profile, Files.readString(profile).replace("[run]\n", "[run]\nhistory = \"" + db + "\"\n"));
        var run = Fixtures.run(plugins, profile, output);
        assertEquals(0, run.exitCode(), run.all());
        RunResult result = ResultCodec.read(output.resolve("latest.json"));
        String machine = machineIdOrHostname();
        assertEquals(machine, result.hostId());
        var list = Fixtures.cli("history", "list", "--history", db.toString(), "--host", machine);
        assertTrue(list.out().lines().skip(1).anyMatch(l -> l.startsWith(result.runId())), list.all());
    }

    @ParameterizedTest
    @ValueSource(strings = {"web 01", "racks/7", "", "x-129"})
    void aBadHostIdIsRefusedBeforeTheRun(String given) throws IOException {
        String hostId = given.equals("x-129") ? "x".repeat(129) : given;
        var run = Fixtures.run(plugins, profile, output, "--host-id", hostId);
        assertEquals(2, run.exitCode(), run.all());
        String problem = switch (given) {
            case "web 01" -> "character 4 is a space";
            case "racks/7" -> "character 6 is '/'";
            case "" -> "it is empty";
            default -> "it has 129 characters, more than 128";
        };
        String shown = hostId.length() > 60 ? hostId.substring(0, 60) + "..." : hostId;
        assertEquals(
                "benchctl: --host-id '" + shown + "' is not a host id: " + problem + "; use 1 to 128 visible ASCII"
                        + " characters without space, '/' or '\\' (e.g. web-01.example.org)",
                run.err().strip());
        assertFalse(Files.exists(output), "nothing ran");
    }

    @Test
    void aUrlWithAPasswordIsRefusedBeforeTheRunAndNotShown() {
        var run = Fixtures.run(plugins, profile, output, "--history", "jdbc:postgresql://db/bench?password=s3cret");
        assertEquals(2, run.exitCode(), run.all());
        assertTrue(run.err().contains("carries a password"), run.err());
        assertFalse(run.all().contains("s3cret"), run.all());
        assertFalse(Files.exists(output), "nothing ran");
    }

    @Test
    void aLockedHistoryFailsTheRunWithOneLineAndKeepsTheResult() throws Exception {
        assertEquals(
                0,
                Fixtures.run(plugins, profile, output, "--history", db.toString())
                        .exitCode());
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement statement = other.createStatement()) {
            statement.execute("BEGIN IMMEDIATE");
            var run = Fixtures.run(plugins, profile, output, "--history", db.toString(), "--host-id", HOST);
            assertEquals(1, run.exitCode(), run.all());
            RunResult result = ResultCodec.read(output.resolve("latest.json"));
            Path json = output.resolve(result.runId() + ".json");
            assertTrue(Files.isRegularFile(json));
            assertEquals(RunStatus.OK, result.status());
            assertEquals(
                    "benchctl: run " + result.runId() + " was not recorded in the history: history database " + db
                            + " is locked by another writer (waited 5000 ms); nothing was written to it; the result"
                            + " is safe in " + json,
                    run.err().strip());
            statement.execute("ROLLBACK");
        }
        var list = Fixtures.cli("history", "list", "--history", db.toString(), "--host", HOST);
        assertEquals(1, list.out().lines().count(), "the second run is not recorded: " + list.out());

        // imported later, it keeps the host its result names
        RunResult kept = ResultCodec.read(output.resolve("latest.json"));
        var imported = Fixtures.cli(
                "history",
                "import",
                "--history",
                db.toString(),
                output.resolve(kept.runId() + ".json").toString());
        assertEquals(0, imported.exitCode(), imported.all());
        list = Fixtures.cli("history", "list", "--history", db.toString(), "--host", HOST);
        assertTrue(list.out().lines().skip(1).allMatch(l -> l.startsWith(kept.runId())), list.out());
        assertEquals(2, list.out().lines().count(), list.out());
    }

    @Test
    void aHistoryOfANewerSchemaNamesBothVersions() throws Exception {
        assertEquals(
                0,
                Fixtures.run(plugins, profile, output, "--history", db.toString())
                        .exitCode());
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement statement = other.createStatement()) {
            statement.executeUpdate("INSERT INTO flyway_schema_history (installed_rank, version, description, type,"
                    + " script, checksum, installed_by, execution_time, success) VALUES (99, '7', 'from the future',"
                    + " 'SQL', 'V7__from_the_future.sql', 0, 'test', 0, 1)");
        }
        var run = Fixtures.run(plugins, profile, output, "--history", db.toString());
        assertEquals(1, run.exitCode(), run.all());
        RunResult result = ResultCodec.read(output.resolve("latest.json"));
        assertEquals(
                "benchctl: run " + result.runId() + " was not recorded in the history: history database " + db
                        + " has schema version 7; this benchctl knows up to 1; the result is safe in "
                        + output.resolve(result.runId() + ".json"),
                run.err().strip());
    }

    @Test
    void anUnreachablePostgresFailsARunThatFailedAnywayWithItsOwnExitCode() throws IOException {
        Files.writeString(profile, Files.readString(profile) + "[modules.fault]\nthrow_in = \"run\"\n");
        // port 1 on loopback: nothing listens there, the connection is refused at once
        String url = "jdbc:postgresql://127.0.0.1:1/bench?user=bench";
        var run = Fixtures.run(plugins, profile, output, "--history", url);
        assertEquals(1, run.exitCode(), run.all());
        RunResult result = ResultCodec.read(output.resolve("latest.json"));
        assertEquals(RunStatus.FAILED, result.status());
        List<String> lines =
                run.err().lines().filter(l -> l.contains("not recorded")).toList();
        assertEquals(1, lines.size(), run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
        String line = lines.get(0);
        assertTrue(
                line.startsWith("benchctl: run " + result.runId() + " was not recorded in the history: cannot connect"
                        + " to history database " + url + ": "),
                line);
        assertTrue(line.endsWith("; the result is safe in " + output.resolve(result.runId() + ".json")), line);
        assertFalse(line.contains(".;"), line);
    }

    @Test
    void anInterruptedRunRecordsTheWorkloadsThatFinished() throws Exception {
        Files.writeString(profile, """
                [run]
                warmup = "0ms"
                duration = "300ms"
                cooldown = "0ms"
                iterations = 2
                reporters = ["json"]
                [modules.sleep_cpu]
                variants = 6
                """);
        Process process = Fixtures.launch(
                temp,
                Map.of(),
                "run",
                "--plugins-dir",
                plugins.toString(),
                "--profile",
                profile.toString(),
                "--output",
                output.toString(),
                "--no-tui",
                "--history",
                "--host-id",
                HOST);
        awaitFinishedWorkload(process);
        new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "benchctl did not stop");
        String err = Fixtures.stderr(temp);
        assertEquals(130, process.exitValue(), err);

        RunResult journaled = JournalReader.read(Fixtures.journal(output));
        assertEquals(RunStatus.INTERRUPTED, journaled.status());
        assertTrue(journaled.tests().stream().anyMatch(t -> t.status() == WorkloadStatus.SKIPPED), err);
        Set<String> finished = journaled.tests().stream()
                .filter(t -> !t.metrics().isEmpty())
                .map(WorkloadResult::id)
                .collect(Collectors.toCollection(TreeSet::new));
        assertFalse(finished.isEmpty(), err);
        assertTrue(finished.size() < 6, "the interrupt came before the end: " + finished);

        // --history alone: the default history, results/history.db in the working folder
        String defaultDb = temp.resolve("results/history.db").toString();
        assertTrue(err.contains("benchctl: recorded run " + journaled.runId()), err);
        String row = Fixtures.cli("history", "list", "--history", defaultDb)
                .out()
                .lines()
                .toList()
                .get(1);
        // the workloads the interrupt cut (skipped, no metrics) are not recorded
        assertTrue(row.matches(journaled.runId() + " .* interrupted .* " + HOST + " .* " + finished.size()), row);
        var show = Fixtures.cli("history", "show", "--history", defaultDb, journaled.runId());
        assertEquals(0, show.exitCode(), show.all());
        assertTrue(show.out().contains("host       " + HOST + ", fingerprint "), show.out());
        Set<String> measured = show.out()
                .lines()
                .filter(l -> l.startsWith("sleep_cpu/") && l.contains(" slept "))
                .map(l -> l.substring(0, l.indexOf(' ')))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(finished, measured, show.out());
    }

    /** Waits until the journal holds a finished workload, so the interrupt comes mid-run. */
    private void awaitFinishedWorkload(Process process) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            if (Files.isDirectory(output)) {
                try (var files = Files.list(output)) {
                    for (Path journal :
                            files.filter(f -> f.toString().endsWith(".jsonl")).toList()) {
                        if (Files.readString(journal).contains("{\"type\":\"test\"")) {
                            return;
                        }
                    }
                }
            }
            assertTrue(process.isAlive() && System.nanoTime() < deadline, Fixtures.stderr(temp));
            Thread.sleep(20);
        }
    }

    private static String machineIdOrHostname() throws IOException {
        for (String file : List.of("/etc/machine-id", "/var/lib/dbus/machine-id")) {
            Path path = Path.of(file);
            if (Files.isReadable(path) && !Files.readString(path).isBlank()) {
                return Files.readString(path).strip();
            }
        }
        return Files.readString(Path.of("/proc/sys/kernel/hostname")).strip();
    }
}
