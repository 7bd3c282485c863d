package io.benchctl.history.store;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.benchctl.api.result.RunResult;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.apiguardian.api.API;

/**
 * The run history: records runs and reads them back as runs, metrics and series. One store holds
 * one connection; it is not for concurrent use, but several stores (processes) may share a
 * database: SQLite lets one write at a time, and a writer waits {@link #DEFAULT_LOCK_WAIT} for
 * another before giving up with a {@link HistoryException}.
 *
 * <p>Every method throws {@link HistoryException} (one line, naming the database) for a
 * database it cannot use; nothing is half-written: one run is one transaction.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class HistoryStore implements AutoCloseable {

    /** How long a writer waits for another one's lock on a SQLite file. */
    public static final Duration DEFAULT_LOCK_WAIT = Duration.ofSeconds(5);

    private final HistoryLocation location;
    private final Connection connection;
    private final SqlErrors errors;
    private final int schemaVersion;
    private final Clock clock;

    private HistoryStore(
            HistoryLocation location, Connection connection, SqlErrors errors, int schemaVersion, Clock clock) {
        this.location = location;
        this.connection = connection;
        this.errors = errors;
        this.schemaVersion = schemaVersion;
        this.clock = clock;
    }

    /** Opens the history, creating a missing SQLite file (and its folder). */
    public static HistoryStore open(HistoryLocation location) {
        return open(location, true, DEFAULT_LOCK_WAIT, System.getenv(), Clock.systemUTC());
    }

    /** Opens a history that must exist already: a missing SQLite file is an error. */
    public static HistoryStore openExisting(HistoryLocation location) {
        return open(location, false, DEFAULT_LOCK_WAIT, System.getenv(), Clock.systemUTC());
    }

    /**
     * Opens with every choice explicit.
     *
     * @param create whether a missing SQLite file is created
     * @param lockWait how long to wait for another writer's lock
     * @param environment where {@code PGPASSWORD} and {@code PGUSER} are looked up
     * @param clock what {@code recorded_at} is read from
     */
    public static HistoryStore open(
            HistoryLocation location, boolean create, Duration lockWait, Map<String, String> environment, Clock clock) {
        SqlErrors errors = new SqlErrors(location, lockWait);
        if (!location.isPostgres()) {
            Connector.prepareFile(location, create);
        }
        DataSource source = Connector.dataSource(location, lockWait, environment, true);
        try (Connection probe = source.getConnection()) {
            Connector.probe(probe, location);
        } catch (SQLException e) {
            throw errors.translate(e, "opening");
        }
        int version = Connector.migrate(Connector.dataSource(location, lockWait, environment, false), location, errors);
        try {
            Connection connection = source.getConnection();
            return new HistoryStore(location, connection, errors, version, clock);
        } catch (SQLException e) {
            throw errors.translate(e, "opening");
        }
    }

    public HistoryLocation location() {
        return location;
    }

    /** The schema version of the database (the newest migration, now applied). */
    public int schemaVersion() {
        return schemaVersion;
    }

    /**
     * Records one run under a host id, in one transaction. A run already recorded (same run id)
     * is left as it is and {@link RecordOutcome#added()} is false.
     *
     * @param hostId the host the run measured; see {@link MachineId} for results without one
     */
    public RecordOutcome record(RunResult result, String hostId) {
        if (result.runId() == null || result.runId().isBlank()) {
            throw new HistoryException("a result without a runId cannot be recorded in " + location.shown());
        }
        if (hostId == null || hostId.isBlank()) {
            throw new HistoryException("run " + result.runId() + ": no host id to record it under");
        }
        return write("recording run " + result.runId(), () -> {
            if (RunWriter.exists(connection, result.runId())) {
                return new RecordOutcome(result.runId(), false, 0);
            }
            int metrics = RunWriter.insert(connection, result, hostId, clock.instant());
            return new RecordOutcome(result.runId(), true, metrics);
        });
    }

    /** Runs, newest first. */
    public List<StoredRun> runs(RunFilter filter) {
        return read("listing runs", () -> new RunReader(connection).runs(filter));
    }

    public Optional<StoredRun> run(String runId) {
        return read("reading run " + runId, () -> new RunReader(connection).run(runId));
    }

    /** One run's metrics, in workload order then metric order, with samples. */
    public List<StoredMetric> metrics(String runId) {
        return read("reading run " + runId, () -> new RunReader(connection).metrics(runId));
    }

    /** Every stored metric, oldest run first, with samples (for export). */
    public List<StoredMetric> allMetrics() {
        return read("reading metrics", () -> new RunReader(connection).metrics(null));
    }

    /** The series there are, of one host or (null) of all. */
    public List<SeriesKey> seriesKeys(String hostIdOrNull) {
        return read("listing series", () -> new RunReader(connection).seriesKeys(hostIdOrNull));
    }

    /** One series: each run's figure, oldest first; empty points when nothing matches. */
    public Series series(SeriesKey key) {
        return read("reading series " + key, () -> new RunReader(connection).series(key));
    }

    /**
     * Every series of one host or (null) of all that {@code selected} accepts and that has a run
     * whose workload finished ok, in {@link #seriesKeys} order, read in one query. Its points are
     * those of {@link #series} without samples (empty lists): for callers that need only each
     * run's headline value and interval, such as change-point detection over the whole history.
     */
    public List<Series> allSeries(String hostIdOrNull, Predicate<SeriesKey> selected) {
        return read("reading series", () -> new RunReader(connection).allSeries(hostIdOrNull, selected));
    }

    /** Keeps the newest {@code runs} runs of each host and measurement key, deletes the rest. */
    public PruneResult pruneKeepLast(int runs) {
        if (runs < 1) {
            throw new HistoryException("--keep-last must be at least 1, not " + runs);
        }
        return write("pruning", () -> Pruner.delete(connection, Pruner.beyondNewest(connection, runs)));
    }

    /** Deletes the runs that started before {@code cutoff}. */
    public PruneResult pruneOlderThan(Instant cutoff) {
        return write("pruning", () -> Pruner.delete(connection, Pruner.startedBefore(connection, cutoff)));
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw errors.translate(e, "closing");
        }
    }

    private interface Work<T> {
        T run() throws SQLException;
    }

    /** Reads outside a transaction: a reader never takes SQLite's write lock. */
    private <T> T read(String doing, Work<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw errors.translate(e, doing);
        }
    }

    /** One transaction; SQLite takes the write lock at its start (waiting for another writer). */
    private <T> T write(String doing, Work<T> work) {
        try {
            connection.setAutoCommit(false);
            T result = work.run();
            connection.commit();
            return result;
        } catch (SQLException e) {
            rollback();
            throw errors.translate(e, doing);
        } catch (RuntimeException e) {
            rollback();
            throw e;
        } finally {
            try {
                connection.setAutoCommit(true);
            } catch (SQLException e) {
                // Only fails on a closed connection, which the next call reports.
            }
        }
    }

    private void rollback() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // The failure being reported matters more; a failed rollback leaves nothing committed.
        }
    }
}
