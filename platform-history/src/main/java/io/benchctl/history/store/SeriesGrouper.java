package io.benchctl.history.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Turns the rows of {@link #COLUMNS}, ordered newest first by host, measurement key, run and
 * position ({@link #ORDER}), into series in {@link RunReader#series} form, oldest first. A history
 * of 10 000 runs of 50 metrics is half a million rows, and reading a text column costs more than
 * the database's work for the row, so each row is read as little as it can be: what belongs to a
 * run (host, key, start) once per run; the workload id, metric name, unit and direction once per
 * series, from its first row, which is its newest (the unit and direction a series shows are its
 * newest run's); after that a series is found by one text column, {@code series_id}.
 *
 * <p>Series come out ordered by host and key as the database orders them, then by workload id
 * and metric name in {@link String} order: the order SQLite's binary collation gives
 * {@link RunReader#seriesKeys}; a PostgreSQL collation may order workloads and names otherwise.
 */
final class SeriesGrouper {

    /** The select list; series_id is unique per workload id and name (the id's length leads). */
    static final String COLUMNS = "r.run_id, r.host_id, r.measurement_key, r.started_at,"
            + " length(m.workload_id) || ':' || m.workload_id || m.name AS series_id,"
            + " m.workload_id, m.name, m.unit, m.better, m.value, m.best, m.ci_low, m.ci_high";

    /** Newest first throughout, so that runs_by_series is read backwards rather than sorted. */
    static final String ORDER = " ORDER BY r.host_id DESC, r.measurement_key DESC, r.started_at DESC,"
            + " r.run_id DESC, w.position DESC, m.position DESC";

    private final Predicate<SeriesKey> selected;
    /** The blocks of one host and key each, newest key first. */
    private final List<List<Series>> blocks = new ArrayList<>();
    /** The series of the current host and key, by workload id then metric name. */
    private final Map<String, Map<String, Points>> block = new TreeMap<>();

    private final Map<String, Points> byId = new HashMap<>();
    private String runId;
    private String hostId;
    private String measurementKey;
    private Instant startedAt;

    SeriesGrouper(Predicate<SeriesKey> selected) {
        this.selected = selected;
    }

    /** One series being read, newest point first; {@code key} is null when it is not selected. */
    private record Points(SeriesKey key, String unit, String better, List<SeriesPoint> newestFirst) {}

    void add(ResultSet rows) throws SQLException {
        String run = rows.getString(1);
        if (!run.equals(runId)) {
            String host = rows.getString(2);
            String key = rows.getString(3);
            if (!host.equals(hostId) || !key.equals(measurementKey)) {
                endBlock();
                hostId = host;
                measurementKey = key;
            }
            runId = run;
            startedAt = Times.read(rows.getString(4));
        }
        Points points = byId.get(rows.getString(5));
        if (points == null) {
            points = newSeries(rows);
        }
        if (points.key() != null) {
            points.newestFirst()
                    .add(new SeriesPoint(
                            runId,
                            startedAt,
                            RunReader.number(rows, 10),
                            RunReader.number(rows, 11),
                            List.of(),
                            RunReader.number(rows, 12),
                            RunReader.number(rows, 13)));
        }
    }

    /** The series read, once every row was added. */
    List<Series> series() {
        endBlock();
        return blocks.reversed().stream().flatMap(List::stream).toList();
    }

    private Points newSeries(ResultSet rows) throws SQLException {
        String workloadId = rows.getString(6);
        String name = rows.getString(7);
        SeriesKey key = new SeriesKey(hostId, measurementKey, workloadId, name);
        Points points =
                new Points(selected.test(key) ? key : null, rows.getString(8), rows.getString(9), new ArrayList<>());
        block.computeIfAbsent(workloadId, w -> new TreeMap<>()).put(name, points);
        byId.put(rows.getString(5), points);
        return points;
    }

    private void endBlock() {
        List<Series> series = new ArrayList<>();
        for (Map<String, Points> workload : block.values()) {
            for (Points points : workload.values()) {
                if (points.key() != null) {
                    series.add(new Series(
                            points.key(),
                            points.unit(),
                            points.better(),
                            List.copyOf(points.newestFirst().reversed())));
                }
            }
        }
        blocks.add(series);
        block.clear();
        byId.clear();
    }
}
