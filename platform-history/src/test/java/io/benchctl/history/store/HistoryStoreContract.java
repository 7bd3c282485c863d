package io.benchctl.history.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.benchctl.api.result.MetricResult;
import io.benchctl.api.result.RunResult;
import io.benchctl.api.result.WorkloadResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What every backend must do; a subclass per database supplies fresh, empty ones. */
abstract class HistoryStoreContract {

    static final String HOST = "host-a";

    /** A location no test has used yet. */
    abstract HistoryLocation newLocation() throws Exception;

    HistoryStore open(HistoryLocation location) {
        return HistoryStore.open(location, true, HistoryStore.DEFAULT_LOCK_WAIT, Map.of(), Clock.systemUTC());
    }

    static Connection jdbc(HistoryLocation location) throws SQLException {
        return DriverManager.getConnection(location.jdbcUrl());
    }

    static long count(HistoryLocation location, String sql) throws SQLException {
        try (Connection connection = jdbc(location);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Test
    void aRecordedRunIsInTheTablesAsTheResultHadIt() throws Exception {
        HistoryLocation location = newLocation();
        RunResult result = Results.read(Results.TINY_1);
        try (HistoryStore store = open(location)) {
            RecordOutcome outcome = store.record(result, HOST);
            assertEquals(new RecordOutcome(result.runId(), true, 4), outcome);
        }
        assertEquals(1, count(location, "SELECT count(*) FROM runs"));
        assertEquals(2, count(location, "SELECT count(*) FROM workloads"));
        assertEquals(4, count(location, "SELECT count(*) FROM metrics"));
        assertEquals(12, count(location, "SELECT count(*) FROM samples"));
        MetricResult latency = result.tests().get(0).metrics().get(0);
        try (Connection connection = jdbc(location);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT m.name, m.value, m.histogram, r.started_at,"
                        + " r.measurement_key, h.fingerprint FROM metrics m JOIN runs r ON r.run_id = m.run_id"
                        + " JOIN hosts h ON h.host_id = r.host_id"
                        + " WHERE m.workload_id = 'sample/sum0' AND m.position = 0")) {
            assertTrue(rows.next());
            assertEquals(latency.name(), rows.getString("name"));
            assertEquals(latency.value(), rows.getDouble("value"));
            assertEquals(latency.histogram(), rows.getString("histogram"));
            assertEquals(
                    Instant.parse(result.startedAt()).toEpochMilli(),
                    Instant.parse(rows.getString("started_at")).toEpochMilli());
            assertEquals(MeasurementKey.of(result.profile()), rows.getString("measurement_key"));
            assertEquals(result.host().get("fingerprint"), rows.getString("fingerprint"));
        }
    }

    @Test
    void recordingARunAgainChangesNothing() throws Exception {
        HistoryLocation location = newLocation();
        RunResult result = Results.read(Results.TINY_1);
        try (HistoryStore store = open(location)) {
            assertTrue(store.record(result, HOST).added());
            RecordOutcome again = store.record(result, "another-host");
            assertFalse(again.added());
            assertEquals(HOST, store.runs(RunFilter.all()).getFirst().hostId());
            assertEquals("ok", store.runs(RunFilter.all()).getFirst().status(), "stored as the result file writes it");
        }
        assertEquals(1, count(location, "SELECT count(*) FROM runs"));
        assertEquals(12, count(location, "SELECT count(*) FROM samples"));
    }

    @Test
    void likeRunsMeetInOneSeriesAndUnlikeRunsNeverMix() throws Exception {
        List<RunResult> like = List.of(
                Results.read(Results.TINY_2),
                Results.read(Results.TINY_1),
                Results.read(Results.RENAMED),
                Results.read(Results.TINY_3));
        RunResult bigger = Results.read(Results.BIGGER);
        try (HistoryStore store = open(newLocation())) {
            like.forEach(run -> store.record(run, HOST));
            store.record(bigger, HOST);
            store.record(Results.withRunId(Results.read(Results.TINY_1), "elsewhere"), "host-b");

            String key = MeasurementKey.of(like.getFirst().profile());
            Series series = store.series(new SeriesKey(HOST, key, "sample/sum0", "sums_per_second"));
            assertEquals("ops/s", series.unit());
            assertEquals("higher", series.better());
            List<String> expectedOrder = like.stream()
                    .sorted((a, b) -> Instant.parse(a.startedAt()).compareTo(Instant.parse(b.startedAt())))
                    .map(RunResult::runId)
                    .toList();
            assertEquals(
                    expectedOrder,
                    series.points().stream().map(SeriesPoint::runId).toList());
            for (SeriesPoint point : series.points()) {
                MetricResult recorded = metric(
                        like.stream()
                                .filter(r -> r.runId().equals(point.runId()))
                                .findFirst()
                                .orElseThrow(),
                        "sample/sum0",
                        "sums_per_second");
                assertEquals(recorded.value(), point.value());
                assertEquals(recorded.best(), point.best());
                assertEquals(recorded.samples(), point.samples());
                assertEquals(recorded.stats().ciLow(), point.ciLow());
                assertEquals(recorded.stats().ciHigh(), point.ciHigh());
                assertTrue(point.ciLow() <= point.value() && point.value() <= point.ciHigh(), point.toString());
            }
            String biggerKey = MeasurementKey.of(bigger.profile());
            assertNotEquals(key, biggerKey);
            Series biggerSeries = store.series(new SeriesKey(HOST, biggerKey, "sample/sum0", "sums_per_second"));
            assertEquals(
                    List.of(bigger.runId()),
                    biggerSeries.points().stream().map(SeriesPoint::runId).toList());
            assertEquals(
                    1,
                    store.series(new SeriesKey("host-b", key, "sample/sum0", "sums_per_second"))
                            .points()
                            .size());
            // Two measurement keys × two workloads × two metrics on host-a, one key on host-b.
            assertEquals(8, store.seriesKeys(HOST).size());
            assertEquals(12, store.seriesKeys(null).size());
        }
    }

    @Test
    void allSeriesReadsEverySeriesInOneGoAsSeriesDoesWithoutSamples() throws Exception {
        try (HistoryStore store = open(newLocation())) {
            List.of(Results.TINY_2, Results.TINY_1, Results.RENAMED, Results.TINY_3, Results.BIGGER)
                    .forEach(name -> store.record(Results.read(name), HOST));
            store.record(Results.withRunId(Results.read(Results.TINY_1), "elsewhere"), "host-b");

            for (String host : Arrays.asList(HOST, null)) {
                List<Series> expected = store.seriesKeys(host).stream()
                        .map(store::series)
                        .filter(series -> !series.points().isEmpty())
                        .map(HistoryStoreContract::withoutSamples)
                        .toList();
                assertEquals(host == null ? 12 : 8, expected.size());
                assertTrue(expected.stream().anyMatch(series -> series.points().size() == 4));
                assertEquals(expected, store.allSeries(host, key -> true));
            }
            List<Series> sums = store.allSeries(
                    null,
                    key -> key.workloadId().equals("sample/sum0")
                            && key.metricName().equals("sums_per_second"));
            assertEquals(
                    List.of(HOST, HOST, "host-b"),
                    sums.stream().map(series -> series.key().hostId()).toList());
        }
    }

    private static Series withoutSamples(Series series) {
        List<SeriesPoint> points = series.points().stream()
                .map(p -> new SeriesPoint(
                        p.runId(), p.startedAt(), p.value(), p.best(), List.of(), p.ciLow(), p.ciHigh()))
                .toList();
        return new Series(series.key(), series.unit(), series.better(), points);
    }

    @Test
    void runsAreListedNewestFirstAndFilteredByHostAndTime() throws Exception {
        try (HistoryStore store = open(newLocation())) {
            store.record(Results.read(Results.TINY_1), HOST);
            store.record(Results.read(Results.TINY_3), HOST);
            store.record(Results.read(Results.TINY_2), "host-b");
            assertEquals(
                    List.of("20261207T173924Z-tiny-9f91", "20261207T173920Z-tiny-8a53", "20261207T173915Z-tiny-3576"),
                    ids(store.runs(RunFilter.all())));
            assertEquals(
                    List.of("20261207T173924Z-tiny-9f91", "20261207T173915Z-tiny-3576"),
                    ids(store.runs(new RunFilter(HOST, null, 0))));
            Instant since =
                    Instant.parse(Results.read(Results.TINY_2).startedAt()).minusMillis(1);
            assertEquals(
                    List.of("20261207T173924Z-tiny-9f91", "20261207T173920Z-tiny-8a53"),
                    ids(store.runs(new RunFilter(null, since, 0))));
            assertEquals(List.of("20261207T173924Z-tiny-9f91"), ids(store.runs(new RunFilter(null, null, 1))));
            StoredRun shown = store.run("20261207T173920Z-tiny-8a53").orElseThrow();
            assertEquals("host-b", shown.hostId());
            assertEquals(2, shown.workloads());
            assertTrue(store.run("no-such-run").isEmpty());
        }
    }

    @Test
    void aRunsMetricsReadBackWithStatsSamplesAndHistograms() throws Exception {
        RunResult result = Results.read(Results.TINY_2);
        try (HistoryStore store = open(newLocation())) {
            store.record(result, HOST);
            List<StoredMetric> metrics = store.metrics(result.runId());
            List<String> expected = new ArrayList<>();
            for (WorkloadResult test : result.tests()) {
                test.metrics().forEach(m -> expected.add(test.id() + "/" + m.name()));
            }
            assertEquals(
                    expected, metrics.stream().map(StoredMetric::qualifiedName).toList());
            StoredMetric latency = metrics.getFirst();
            MetricResult original = result.tests().getFirst().metrics().getFirst();
            assertEquals(original.stats(), latency.stats());
            assertEquals(original.samples(), latency.samples());
            assertEquals(original.histogram(), latency.histogram());
            assertEquals("ok", latency.workloadStatus());
        }
    }

    @Test
    void pruningKeepsTheNewestOfEachKindOfRunOrDropsOldOnes() throws Exception {
        HistoryLocation location = newLocation();
        try (HistoryStore store = open(location)) {
            for (String name : List.of(Results.TINY_1, Results.TINY_2, Results.TINY_3, Results.BIGGER)) {
                store.record(Results.read(name), HOST);
            }
            assertEquals(new PruneResult(1, 4, 12), store.pruneKeepLast(2));
            assertEquals(
                    List.of("20261207T173938Z-tiny-bf84", "20261207T173924Z-tiny-9f91", "20261207T173920Z-tiny-8a53"),
                    ids(store.runs(RunFilter.all())));
            Instant cutoff = Instant.parse(Results.read(Results.TINY_3).startedAt());
            assertEquals(new PruneResult(1, 4, 12), store.pruneOlderThan(cutoff));
            assertEquals(new PruneResult(0, 0, 0), store.pruneOlderThan(cutoff));
        }
        assertEquals(24, count(location, "SELECT count(*) FROM samples"));
        assertEquals(2, count(location, "SELECT count(*) FROM profiles"));
    }

    @Test
    void aRunThatFailsHalfWayLeavesNothingBehind() throws Exception {
        HistoryLocation location = newLocation();
        RunResult result = Results.read(Results.TINY_1);
        List<WorkloadResult> twice =
                List.of(result.tests().getFirst(), result.tests().getFirst());
        RunResult broken = new RunResult(
                result.schemaVersion(),
                result.runId(),
                result.name(),
                result.status(),
                result.startedAt(),
                result.finishedAt(),
                result.benchctl(),
                result.host(),
                result.profile(),
                twice);
        try (HistoryStore store = open(location)) {
            HistoryException e = assertThrows(HistoryException.class, () -> store.record(broken, HOST));
            assertTrue(
                    e.getMessage().startsWith("history database " + location.shown() + ": recording run "),
                    e.getMessage());
            assertTrue(store.record(result, HOST).added());
        }
        assertEquals(1, count(location, "SELECT count(*) FROM runs"));
        assertEquals(2, count(location, "SELECT count(*) FROM workloads"));
    }

    @Test
    void theSchemaVersionIsTheNewestMigrationsWhenCreatedAndWhenOpenedAgain() throws Exception {
        HistoryLocation location = newLocation();
        try (HistoryStore store = open(location)) {
            assertEquals(newestMigration(), store.schemaVersion());
        }
        try (HistoryStore store = open(location)) {
            assertEquals(newestMigration(), store.schemaVersion());
        }
    }

    /** The highest N of the V{N}__*.sql files, read from the folder itself. */
    private static int newestMigration() throws Exception {
        try (Stream<Path> files = Files.list(
                Path.of(HistoryStoreContract.class.getResource("/db/history").toURI()))) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.matches("V\\d+__.*\\.sql"))
                    .mapToInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
                    .max()
                    .orElseThrow();
        }
    }

    @Test
    void aDatabaseOfANewerSchemaIsRefusedWithBothVersions() throws Exception {
        HistoryLocation location = newLocation();
        try (HistoryStore store = open(location)) {
            assertEquals(1, store.schemaVersion());
        }
        try (Connection connection = jdbc(location);
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO flyway_schema_history (installed_rank, version, description, type,"
                    + " script, checksum, installed_by, execution_time, success) VALUES (99, '5', 'from the future',"
                    + " 'SQL', 'V5__from_the_future.sql', 0, 'test', 0, " + trueLiteral() + ")");
        }
        HistoryException e = assertThrows(HistoryException.class, () -> open(location));
        assertEquals(
                "history database " + location.shown() + " has schema version 5; this benchctl knows up to 1",
                e.getMessage());
    }

    /** How the backend spells a boolean true in SQL (SQLite has no boolean type). */
    abstract String trueLiteral();

    static List<String> ids(List<StoredRun> runs) {
        return runs.stream().map(StoredRun::runId).toList();
    }

    static MetricResult metric(RunResult result, String workload, String name) {
        return result.tests().stream()
                .filter(t -> t.id().equals(workload))
                .flatMap(t -> t.metrics().stream())
                .filter(m -> m.name().equals(name) && m.thread() == null)
                .findFirst()
                .orElseThrow();
    }
}
