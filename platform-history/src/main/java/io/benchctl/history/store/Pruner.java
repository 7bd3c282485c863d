package io.benchctl.history.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Deletes runs with everything recorded for them; the caller commits. */
final class Pruner {

    private Pruner() {}

    /** Runs to delete so that each host and measurement key keeps its newest {@code keep}. */
    static List<String> beyondNewest(Connection connection, int keep) throws SQLException {
        List<String> doomed = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        String sql = "SELECT run_id, host_id, measurement_key FROM runs"
                + " ORDER BY host_id, measurement_key, started_at DESC, run_id DESC";
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                String group = rows.getString(2) + '\u0000' + rows.getString(3);
                if (seen.merge(group, 1, Integer::sum) > keep) {
                    doomed.add(rows.getString(1));
                }
            }
        }
        return doomed;
    }

    static List<String> startedBefore(Connection connection, Instant cutoff) throws SQLException {
        List<String> doomed = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT run_id FROM runs WHERE started_at < ?")) {
            select.setString(1, Times.format(cutoff));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    doomed.add(rows.getString(1));
                }
            }
        }
        return doomed;
    }

    /** Deletes the runs, children first, then profiles and hosts no run refers to any more. */
    static PruneResult delete(Connection connection, List<String> runIds) throws SQLException {
        long metrics = 0;
        long samples = 0;
        for (String runId : runIds) {
            samples += update(connection, "DELETE FROM samples WHERE run_id = ?", runId);
            metrics += update(connection, "DELETE FROM metrics WHERE run_id = ?", runId);
            update(connection, "DELETE FROM workloads WHERE run_id = ?", runId);
            update(connection, "DELETE FROM runs WHERE run_id = ?", runId);
        }
        if (!runIds.isEmpty()) {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate(
                        "DELETE FROM profiles WHERE profile_hash NOT IN (SELECT profile_hash FROM runs)");
                statement.executeUpdate("DELETE FROM hosts WHERE host_id NOT IN (SELECT host_id FROM runs)");
            }
        }
        return new PruneResult(runIds.size(), metrics, samples);
    }

    private static int update(Connection connection, String sql, String runId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, runId);
            return statement.executeUpdate();
        }
    }
}
