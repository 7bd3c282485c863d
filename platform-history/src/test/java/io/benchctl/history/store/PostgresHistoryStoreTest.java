package io.benchctl.history.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract on a real PostgreSQL server started for the test run (see {@link PostgresServer}),
 * and where a password comes from: never the URL, but a pgpass file or {@code PGPASSWORD}.
 */
class PostgresHistoryStoreTest extends HistoryStoreContract {

    @RegisterExtension
    static final PostgresExtension POSTGRES = new PostgresExtension();

    @TempDir
    Path folder;

    @Override
    HistoryLocation newLocation() throws Exception {
        return HistoryLocation.parse(POSTGRES.server().newDatabase());
    }

    @Override
    String trueLiteral() {
        return "TRUE";
    }

    private static HistoryStore open(HistoryLocation location, Map<String, String> environment) {
        return HistoryStore.open(location, true, HistoryStore.DEFAULT_LOCK_WAIT, environment, Clock.systemUTC());
    }

    @Test
    void withoutAPasswordTheUserIsToldWhereToPutIt() throws Exception {
        HistoryLocation location = HistoryLocation.parse(POSTGRES.server().newPasswordDatabase());
        HistoryException e = assertThrows(HistoryException.class, () -> open(location, Map.of()));
        assertTrue(
                e.getMessage().startsWith("history database " + location.shown() + ": authentication failed ("),
                e.getMessage());
        assertTrue(
                e.getMessage().endsWith("); set the password in ~/.pgpass, PGPASSFILE or PGPASSWORD"), e.getMessage());
        HistoryException wrong =
                assertThrows(HistoryException.class, () -> open(location, Map.of("PGPASSWORD", "wrong")));
        assertTrue(wrong.getMessage().contains("authentication failed"), wrong.getMessage());
    }

    @Test
    void thePasswordComesFromPgpassword() throws Exception {
        HistoryLocation location = HistoryLocation.parse(POSTGRES.server().newPasswordDatabase());
        try (HistoryStore store = open(location, Map.of("PGPASSWORD", PostgresServer.PASSWORD))) {
            assertTrue(store.record(Results.read(Results.TINY_1), HOST).added());
        }
    }

    @Test
    void thePasswordComesFromAPgpassFile() throws Exception {
        HistoryLocation location = HistoryLocation.parse(POSTGRES.server().newPasswordDatabase());
        Path pgpass = folder.resolve("pgpass");
        Files.writeString(
                pgpass,
                "127.0.0.1:*:*:" + PostgresServer.PASSWORD_USER + ":" + PostgresServer.PASSWORD.replace(":", "\\:")
                        + "\n");
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
        // The driver reads PGPASSFILE from the environment, or this property (tests cannot set
        // the environment of their own process).
        String property = "org.postgresql.pgpassfile";
        System.setProperty(property, pgpass.toString());
        try (HistoryStore store = open(location, Map.of())) {
            assertTrue(store.record(Results.read(Results.TINY_1), HOST).added());
            assertEquals(1, store.runs(RunFilter.all()).size());
        } finally {
            System.clearProperty(property);
        }
    }
}
