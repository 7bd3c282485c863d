package io.benchctl.history.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/** Opens a history database: connects, refuses a newer schema, migrates an older one. */
final class Connector {

    /** The migrations, plain SQL that both SQLite and PostgreSQL run. */
    static final String MIGRATIONS = "classpath:db/history";

    /** The version of the newest migration in {@link #MIGRATIONS}. */
    static final int SCHEMA_VERSION = 1;

    private Connector() {}

    /**
     * Where the store's connections come from.
     *
     * @param immediate for SQLite: whether a transaction takes the write lock when it starts (the
     *     store's writes) or at its first write (Flyway's, which mostly only read the schema
     *     history and so must not wait for another writer)
     */
    static DataSource dataSource(
            HistoryLocation location, Duration lockWait, Map<String, String> environment, boolean immediate) {
        if (location.isPostgres()) {
            PGSimpleDataSource source = new PGSimpleDataSource();
            try {
                source.setUrl(location.postgresUrl());
            } catch (IllegalArgumentException e) {
                throw new HistoryException("history URL " + location.shown() + " is not a valid PostgreSQL URL ("
                        + e.getMessage() + "), e.g. jdbc:postgresql://host:5432/database?user=name");
            }
            // The driver reads ~/.pgpass and PGPASSFILE itself; PGPASSWORD and PGUSER it does not.
            String password = environment.get("PGPASSWORD");
            if (password != null && !password.isEmpty()) {
                source.setPassword(password);
            }
            String user = environment.get("PGUSER");
            if (user != null && !user.isEmpty() && source.getUser() == null) {
                source.setUser(user);
            }
            return source;
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(Math.toIntExact(lockWait.toMillis()));
        config.enforceForeignKeys(true);
        // Take the write lock when a transaction starts, not at its first write: a transaction
        // that read first could otherwise fail half-way on another writer's lock.
        config.setTransactionMode(
                immediate ? SQLiteConfig.TransactionMode.IMMEDIATE : SQLiteConfig.TransactionMode.DEFERRED);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl(location.jdbcUrl());
        return source;
    }

    /** Creates a missing SQLite file's folder; refuses a folder where the file should be. */
    static void prepareFile(HistoryLocation location, boolean create) {
        Path file = location.file();
        if (Files.isDirectory(file)) {
            throw new HistoryException("history database " + file + " is a folder, not a file");
        }
        if (Files.exists(file)) {
            return;
        }
        if (!create) {
            throw new HistoryException("no history database at " + file
                    + " (record runs first, e.g. benchctl history import RESULT.json)");
        }
        Path folder = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new HistoryException(
                    "cannot create the folder " + folder + " of history database " + file + ": " + e);
        }
    }

    /**
     * Brings the schema up to date and returns its version.
     *
     * @throws HistoryException when a newer benchctl wrote the database
     */
    static int migrate(DataSource source, HistoryLocation location, SqlErrors errors) {
        // Flyway's start costs about 0.3 s, as much as reading a large history's series; a
        // database already at this version needs nothing of it. Any other (new, older, newer,
        // unreadable) goes through Flyway, which migrates it or says why not.
        if (appliedVersion(source) == SCHEMA_VERSION) {
            return SCHEMA_VERSION;
        }
        Flyway flyway = Flyway.configure(Connector.class.getClassLoader())
                .dataSource(source)
                .locations(MIGRATIONS)
                .load();
        try {
            MigrationVersion applied = null;
            MigrationVersion known = null;
            for (MigrationInfo migration : flyway.info().all()) {
                boolean future = migration.getState().name().startsWith("FUTURE");
                if (migration.getState().isApplied() && migration.getVersion() != null) {
                    applied = max(applied, migration.getVersion());
                }
                if (!future && migration.getVersion() != null) {
                    known = max(known, migration.getVersion());
                }
            }
            if (applied != null && known != null && applied.compareTo(known) > 0) {
                throw new HistoryException("history database " + location.shown() + " has schema version "
                        + applied.getVersion() + "; this benchctl knows up to " + known.getVersion());
            }
            flyway.migrate();
            return Integer.parseInt(known.getVersion());
        } catch (FlywayException e) {
            throw errors.translate(e, "updating its schema");
        }
    }

    /** The newest migration applied, or -1 when that cannot be read (e.g. no schema history yet). */
    private static int appliedVersion(DataSource source) {
        try (Connection connection = source.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT max(CAST(version AS INTEGER)) FROM flyway_schema_history WHERE success")) {
            int version = rows.next() ? rows.getInt(1) : -1;
            return rows.wasNull() ? -1 : version;
        } catch (SQLException e) {
            return -1;
        }
    }

    /** Reads something, so that a file that is no database fails here with a clear message. */
    static void probe(Connection connection, HistoryLocation location) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(location.isPostgres() ? "SELECT 1" : "SELECT count(*) FROM sqlite_master");
        }
    }

    private static MigrationVersion max(MigrationVersion a, MigrationVersion b) {
        return a == null || b.compareTo(a) > 0 ? b : a;
    }
}
