package io.benchctl.history.store;

import io.benchctl.api.result.Stats;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** Reads runs, metrics and series back. */
final class RunReader {

    private static final String RUN_COLUMNS = "SELECT r.run_id, r.name, r.status, r.started_at, r.finished_at,"
            + " r.host_id, r.fingerprint, r.profile_hash, r.measurement_key, r.benchctl_version,"
            + " (SELECT count(*) FROM workloads w WHERE w.run_id = r.run_id) AS workloads FROM runs r";
    private static final String METRIC_COLUMNS = "SELECT r.run_id, r.started_at, r.host_id, r.measurement_key,"
            + " m.workload_id, w.status AS workload_status, m.position, m.name, m.unit, m.better, m.thread,"
            + " m.value, m.best, m.n, m.mean, m.stddev, m.cv, m.min, m.p50, m.p90, m.p95, m.p99, m.p999, m.max,"
            + " m.ci_low, m.ci_high, m.histogram FROM metrics m"
            + " JOIN workloads w ON w.run_id = m.run_id AND w.workload_id = m.workload_id"
            + " JOIN runs r ON r.run_id = m.run_id";
    /** What a series needs of a metric: no statistics or histogram, which are the bulk of a row. */
    private static final String SERIES_COLUMNS = "SELECT r.run_id, r.started_at, m.workload_id, m.position, m.unit,"
            + " m.better, m.value, m.best, m.ci_low, m.ci_high FROM metrics m"
            + " JOIN workloads w ON w.run_id = m.run_id AND w.workload_id = m.workload_id"
            + " JOIN runs r ON r.run_id = m.run_id";

    private static final String METRIC_ORDER = " ORDER BY r.started_at, r.run_id, w.position, m.position";
    private static final String SAMPLE_COLUMNS = "SELECT s.run_id, s.workload_id, s.position, s.value FROM samples s"
            + " JOIN runs r ON r.run_id = s.run_id";
    private static final String SAMPLE_ORDER = " ORDER BY s.run_id, s.workload_id, s.position, s.iteration";

    private final Connection connection;

    RunReader(Connection connection) {
        this.connection = connection;
    }

    List<StoredRun> runs(RunFilter filter) throws SQLException {
        List<Object> arguments = new ArrayList<>();
        StringBuilder sql = new StringBuilder(RUN_COLUMNS).append(" WHERE 1 = 1");
        if (filter.hostId() != null) {
            sql.append(" AND r.host_id = ?");
            arguments.add(filter.hostId());
        }
        if (filter.since() != null) {
            sql.append(" AND r.started_at >= ?");
            arguments.add(Times.format(filter.since()));
        }
        sql.append(" ORDER BY r.started_at DESC, r.run_id DESC");
        if (filter.limit() > 0) {
            sql.append(" LIMIT ").append(filter.limit());
        }
        return query(sql.toString(), arguments, RunReader::run);
    }

    Optional<StoredRun> run(String runId) throws SQLException {
        return query(RUN_COLUMNS + " WHERE r.run_id = ?", List.of(runId), RunReader::run).stream()
                .findFirst();
    }

    List<StoredMetric> metrics(String runIdOrNull) throws SQLException {
        List<Object> arguments = runIdOrNull == null ? List.of() : List.of(runIdOrNull);
        String where = runIdOrNull == null ? "" : " WHERE r.run_id = ?";
        Map<String, List<Double>> samples = new HashMap<>();
        for (Object[] sample : query(SAMPLE_COLUMNS + where + SAMPLE_ORDER, arguments, RunReader::sample)) {
            samples.computeIfAbsent((String) sample[0], k -> new ArrayList<>()).add((Double) sample[1]);
        }
        return query(METRIC_COLUMNS + where + METRIC_ORDER, arguments, rows -> metric(rows, samples));
    }

    List<SeriesKey> seriesKeys(String hostIdOrNull) throws SQLException {
        String sql = "SELECT DISTINCT r.host_id, r.measurement_key, m.workload_id, m.name FROM metrics m"
                + " JOIN runs r ON r.run_id = m.run_id WHERE m.thread IS NULL"
                + (hostIdOrNull == null ? "" : " AND r.host_id = ?")
                + " ORDER BY r.host_id, r.measurement_key, m.workload_id, m.name";
        List<Object> arguments = hostIdOrNull == null ? List.of() : List.of(hostIdOrNull);
        return query(
                sql,
                arguments,
                rows -> new SeriesKey(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4)));
    }

    /** The aggregate metric of every run in the series whose workload finished ok, oldest first. */
    Series series(SeriesKey key) throws SQLException {
        String filter = " WHERE r.host_id = ? AND r.measurement_key = ? AND m.workload_id = ? AND m.name = ?"
                + " AND m.thread IS NULL AND w.status = 'ok'";
        List<Object> arguments = List.of(key.hostId(), key.measurementKey(), key.workloadId(), key.metricName());
        String sampleSql = SAMPLE_COLUMNS
                + " JOIN metrics m ON m.run_id = s.run_id AND m.workload_id = s.workload_id AND m.position = s.position"
                + " JOIN workloads w ON w.run_id = m.run_id AND w.workload_id = m.workload_id"
                + filter + SAMPLE_ORDER;
        Map<String, List<Double>> samples = new HashMap<>();
        for (Object[] sample : query(sampleSql, arguments, RunReader::sample)) {
            samples.computeIfAbsent((String) sample[0], k -> new ArrayList<>()).add((Double) sample[1]);
        }
        List<SeriesRow> rows = query(SERIES_COLUMNS + filter + METRIC_ORDER, arguments, row -> seriesRow(row, samples));
        List<SeriesPoint> points = rows.stream().map(SeriesRow::point).toList();
        SeriesRow newest = rows.isEmpty() ? null : rows.getLast();
        return new Series(key, newest == null ? null : newest.unit(), newest == null ? null : newest.better(), points);
    }

    /**
     * Every series of one host or (null) of all, in one query, each as {@link #series} reads it
     * but without samples (points carry none), which the query per series with its samples made
     * cost seconds on a history of 10 000 runs of 50 metrics.
     */
    List<Series> allSeries(String hostIdOrNull, Predicate<SeriesKey> selected) throws SQLException {
        // CROSS JOIN keeps SQLite's join order (PostgreSQL plans it as any inner join): runs first,
        // read in the order of runs_by_series, so only each run's own metrics need sorting; sorted
        // by series key instead, half a million rows took a second to sort.
        String sql = "SELECT " + SeriesGrouper.COLUMNS
                + " FROM runs r CROSS JOIN workloads w CROSS JOIN metrics m"
                + " WHERE w.run_id = r.run_id AND m.run_id = w.run_id AND m.workload_id = w.workload_id"
                + " AND m.thread IS NULL AND w.status = 'ok'"
                + (hostIdOrNull == null ? "" : " AND r.host_id = ?")
                + SeriesGrouper.ORDER;
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            if (hostIdOrNull != null) {
                statement.setString(1, hostIdOrNull);
            }
            try (ResultSet rows = statement.executeQuery()) {
                SeriesGrouper grouper = new SeriesGrouper(selected);
                while (rows.next()) {
                    grouper.add(rows);
                }
                return grouper.series();
            }
        }
    }

    /** A point of a series and the unit and direction its run recorded. */
    private record SeriesRow(SeriesPoint point, String unit, String better) {}

    private static SeriesRow seriesRow(ResultSet rows, Map<String, List<Double>> samples) throws SQLException {
        String runId = rows.getString("run_id");
        String metricKey = metricKey(runId, rows.getString("workload_id"), rows.getInt("position"));
        SeriesPoint point = new SeriesPoint(
                runId,
                Times.read(rows.getString("started_at")),
                number(rows, "value"),
                number(rows, "best"),
                List.copyOf(samples.getOrDefault(metricKey, List.of())),
                number(rows, "ci_low"),
                number(rows, "ci_high"));
        return new SeriesRow(point, rows.getString("unit"), rows.getString("better"));
    }

    private static StoredRun run(ResultSet rows) throws SQLException {
        return new StoredRun(
                rows.getString("run_id"),
                rows.getString("name"),
                rows.getString("status"),
                Times.read(rows.getString("started_at")),
                Times.read(rows.getString("finished_at")),
                rows.getString("host_id"),
                rows.getString("fingerprint"),
                rows.getString("profile_hash"),
                rows.getString("measurement_key"),
                rows.getString("benchctl_version"),
                rows.getInt("workloads"));
    }

    /** A sample row as {metric key, value}: the key joins it to its metric. */
    private static Object[] sample(ResultSet rows) throws SQLException {
        return new Object[] {metricKey(rows.getString(1), rows.getString(2), rows.getInt(3)), number(rows, "value")};
    }

    private static StoredMetric metric(ResultSet rows, Map<String, List<Double>> samples) throws SQLException {
        String runId = rows.getString("run_id");
        String workloadId = rows.getString("workload_id");
        int position = rows.getInt("position");
        long n = rows.getLong("n");
        Stats stats = new Stats(
                n,
                number(rows, "mean"),
                number(rows, "stddev"),
                number(rows, "cv"),
                number(rows, "min"),
                number(rows, "p50"),
                number(rows, "p90"),
                number(rows, "p95"),
                number(rows, "p99"),
                number(rows, "p999"),
                number(rows, "max"),
                number(rows, "ci_low"),
                number(rows, "ci_high"));
        int thread = rows.getInt("thread");
        Integer threadOrNull = rows.wasNull() ? null : thread;
        return new StoredMetric(
                runId,
                Times.read(rows.getString("started_at")),
                rows.getString("host_id"),
                rows.getString("measurement_key"),
                workloadId,
                rows.getString("workload_status"),
                rows.getString("name"),
                rows.getString("unit"),
                rows.getString("better"),
                threadOrNull,
                number(rows, "value"),
                number(rows, "best"),
                stats,
                List.copyOf(samples.getOrDefault(metricKey(runId, workloadId, position), List.of())),
                rows.getString("histogram"));
    }

    private static String metricKey(String runId, String workloadId, int position) {
        return runId + '\u0000' + workloadId + '\u0000' + position;
    }

    /** A stored double; NULL (a NaN when recorded) reads as NaN. */
    static double number(ResultSet rows, String column) throws SQLException {
        double value = rows.getDouble(column);
        return rows.wasNull() ? Double.NaN : value;
    }

    /** The same, by column index: for rows read by the hundred thousand. */
    static double number(ResultSet rows, int column) throws SQLException {
        double value = rows.getDouble(column);
        return rows.wasNull() ? Double.NaN : value;
    }

    interface Row<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private <T> List<T> query(String sql, List<Object> arguments, Row<T> row) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < arguments.size(); i++) {
                statement.setString(i + 1, (String) arguments.get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(row.read(rows));
                }
                return result;
            }
        }
    }
}
