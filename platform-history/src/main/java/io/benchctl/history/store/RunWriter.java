package io.benchctl.history.store;

import io.benchctl.api.result.BenchctlInfo;
import io.benchctl.api.result.MetricResult;
import io.benchctl.api.result.RunResult;
import io.benchctl.api.result.Stats;
import io.benchctl.api.result.WorkloadResult;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Writes one run: the caller commits or rolls back, so a run is stored whole or not at all. */
final class RunWriter {

    private static final String UPSERT_HOST = "INSERT INTO hosts (host_id, fingerprint, facts_json, last_seen)"
            + " VALUES (?, ?, ?, ?) ON CONFLICT (host_id) DO UPDATE SET fingerprint = excluded.fingerprint,"
            + " facts_json = excluded.facts_json, last_seen = excluded.last_seen"
            + " WHERE hosts.last_seen <= excluded.last_seen";
    private static final String INSERT_PROFILE = "INSERT INTO profiles (profile_hash, measurement_key, profile_json)"
            + " VALUES (?, ?, ?) ON CONFLICT (profile_hash) DO NOTHING";
    private static final String INSERT_RUN = "INSERT INTO runs (run_id, name, status, started_at, finished_at,"
            + " recorded_at, host_id, fingerprint, profile_hash, measurement_key, benchctl_version, java_version,"
            + " git_commit) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_WORKLOAD = "INSERT INTO workloads (run_id, workload_id, position, module,"
            + " variant, status, error, started_at, finished_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_METRIC = "INSERT INTO metrics (run_id, workload_id, position, name, unit,"
            + " better, thread, value, best, n, mean, stddev, cv, min, p50, p90, p95, p99, p999, max, ci_low,"
            + " ci_high, histogram) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_SAMPLE =
            "INSERT INTO samples (run_id, workload_id, position, iteration, value) VALUES (?, ?, ?, ?, ?)";

    private RunWriter() {}

    static boolean exists(Connection connection, String runId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM runs WHERE run_id = ?")) {
            select.setString(1, runId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** Inserts the run; returns how many metrics it stored. */
    static int insert(Connection connection, RunResult result, String hostId, Instant recordedAt) throws SQLException {
        Instant startedAt = Times.parseOrNull(result.startedAt());
        if (startedAt == null) {
            throw new HistoryException("run " + result.runId() + ": startedAt '" + result.startedAt()
                    + "' is not an ISO-8601 instant; the run was not recorded");
        }
        Map<String, Object> host = result.host() == null ? Map.of() : result.host();
        String fingerprint = host.get("fingerprint") == null ? null : String.valueOf(host.get("fingerprint"));
        String profileJson = CanonicalJson.of(result.profile() == null ? Map.of() : result.profile());
        String profileHash = CanonicalJson.sha256(profileJson);
        String measurementKey = MeasurementKey.of(result.profile());
        execute(connection, UPSERT_HOST, hostId, fingerprint, CanonicalJson.of(host), Times.format(startedAt));
        execute(connection, INSERT_PROFILE, profileHash, measurementKey, profileJson);
        BenchctlInfo benchctl = result.benchctl();
        execute(
                connection,
                INSERT_RUN,
                result.runId(),
                result.name(),
                result.status() == null ? null : result.status().name().toLowerCase(java.util.Locale.ROOT),
                Times.format(startedAt),
                Times.format(Times.parseOrNull(result.finishedAt())),
                Times.format(recordedAt),
                hostId,
                fingerprint,
                profileHash,
                measurementKey,
                benchctl == null ? null : benchctl.version(),
                benchctl == null ? null : benchctl.javaVersion(),
                benchctl == null ? null : benchctl.gitCommit());
        return insertTests(connection, result.runId(), result.tests() == null ? List.of() : result.tests());
    }

    private static int insertTests(Connection connection, String runId, List<WorkloadResult> tests)
            throws SQLException {
        int metricCount = 0;
        try (PreparedStatement metrics = connection.prepareStatement(INSERT_METRIC);
                PreparedStatement samples = connection.prepareStatement(INSERT_SAMPLE)) {
            for (int i = 0; i < tests.size(); i++) {
                WorkloadResult test = tests.get(i);
                execute(
                        connection,
                        INSERT_WORKLOAD,
                        runId,
                        test.id(),
                        i,
                        test.module(),
                        test.variant(),
                        test.status() == null ? "ok" : test.status().name().toLowerCase(java.util.Locale.ROOT),
                        test.error() == null ? null : test.error().message(),
                        Times.format(Times.parseOrNull(test.startedAt())),
                        Times.format(Times.parseOrNull(test.finishedAt())));
                List<MetricResult> list = test.metrics() == null ? List.of() : test.metrics();
                for (int position = 0; position < list.size(); position++) {
                    addMetric(metrics, samples, runId, test.id(), position, list.get(position));
                }
                metricCount += list.size();
            }
            metrics.executeBatch();
            samples.executeBatch();
        }
        return metricCount;
    }

    private static void addMetric(
            PreparedStatement metrics,
            PreparedStatement samples,
            String runId,
            String workloadId,
            int position,
            MetricResult metric)
            throws SQLException {
        Stats stats = metric.stats();
        bind(
                metrics,
                runId,
                workloadId,
                position,
                metric.name(),
                metric.unit(),
                metric.better() == null ? null : metric.better().name().toLowerCase(java.util.Locale.ROOT),
                metric.thread(),
                metric.value(),
                metric.best(),
                stats == null ? null : stats.n(),
                stats == null ? null : stats.mean(),
                stats == null ? null : stats.stddev(),
                stats == null ? null : stats.cv(),
                stats == null ? null : stats.min(),
                stats == null ? null : stats.p50(),
                stats == null ? null : stats.p90(),
                stats == null ? null : stats.p95(),
                stats == null ? null : stats.p99(),
                stats == null ? null : stats.p999(),
                stats == null ? null : stats.max(),
                stats == null ? null : stats.ciLow(),
                stats == null ? null : stats.ciHigh(),
                metric.histogram());
        metrics.addBatch();
        List<Double> values = metric.samples() == null ? List.of() : metric.samples();
        for (int iteration = 0; iteration < values.size(); iteration++) {
            bind(samples, runId, workloadId, position, iteration, values.get(iteration));
            samples.addBatch();
        }
    }

    private static void execute(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, values);
            statement.executeUpdate();
        }
    }

    /** Binds by Java type; NaN becomes NULL (SQLite would store it as NULL anyway). */
    private static void bind(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            int index = i + 1;
            switch (values[i]) {
                case null -> statement.setNull(index, Types.NULL);
                case String text -> statement.setString(index, text);
                case Integer number -> statement.setInt(index, number);
                case Long number -> statement.setLong(index, number);
                case Double number when number.isNaN() -> statement.setNull(index, Types.DOUBLE);
                case Double number -> statement.setDouble(index, number);
                default -> throw new IllegalArgumentException("cannot bind " + values[i].getClass());
            }
        }
    }
}
