package io.benchctl.history.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Cuts rows ordered by series key into series: consecutive rows of one key are one series, and
 * the unit and direction of a series are those of its last (newest) row, as {@link RunReader#series}
 * gives them. Rows of a series not selected are skipped without building points.
 */
final class SeriesGrouper {

    private final Predicate<SeriesKey> selected;
    private final Consumer<Series> done;
    private SeriesKey key;
    private boolean keep;
    private List<SeriesPoint> points = new ArrayList<>();
    private String unit;
    private String better;

    SeriesGrouper(Predicate<SeriesKey> selected, Consumer<Series> done) {
        this.selected = selected;
        this.done = done;
    }

    /** Adds the current row: host_id, measurement_key, workload_id, name, then the point's columns. */
    void add(ResultSet rows) throws SQLException {
        String hostId = rows.getString(1);
        String measurementKey = rows.getString(2);
        String workloadId = rows.getString(3);
        String name = rows.getString(4);
        if (key == null
                || !key.metricName().equals(name)
                || !key.workloadId().equals(workloadId)
                || !key.measurementKey().equals(measurementKey)
                || !key.hostId().equals(hostId)) {
            finish();
            key = new SeriesKey(hostId, measurementKey, workloadId, name);
            keep = selected.test(key);
        }
        if (keep) {
            points.add(new SeriesPoint(
                    rows.getString("run_id"),
                    Times.read(rows.getString("started_at")),
                    RunReader.number(rows, "value"),
                    RunReader.number(rows, "best"),
                    List.of(),
                    RunReader.number(rows, "ci_low"),
                    RunReader.number(rows, "ci_high")));
            unit = rows.getString("unit");
            better = rows.getString("better");
        }
    }

    /** Hands on the series being built, if it is selected and has a point. */
    void finish() {
        if (keep && !points.isEmpty()) {
            done.accept(new Series(key, unit, better, List.copyOf(points)));
        }
        points = new ArrayList<>();
        keep = false;
    }
}
