package io.benchctl.history.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.benchctl.api.result.RunResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contract on a real SQLite file, and what only a file can suffer: damage and locks. */
class SqliteHistoryStoreTest extends HistoryStoreContract {

    @TempDir
    Path folder;

    private int files;

    @Override
    HistoryLocation newLocation() {
        return HistoryLocation.of(folder.resolve("nested/history-" + ++files + ".db"));
    }

    @Override
    String trueLiteral() {
        return "1";
    }

    @Test
    void aFileThatIsNoDatabaseIsRefusedAndLeftAsItWas() throws Exception {
        Path file = folder.resolve("history.db");
        byte[] garbage = new byte[8192];
        new Random(42).nextBytes(garbage);
        Files.write(file, garbage);
        HistoryException e = assertThrows(HistoryException.class, () -> open(HistoryLocation.of(file)));
        assertEquals(
                "history database " + file + " is damaged or not a SQLite database; nothing was written to it"
                        + " (move it aside to start a new history)",
                e.getMessage());
        assertArrayEquals(garbage, Files.readAllBytes(file));
    }

    @Test
    void anotherWritersLockFailsTheRecordingCleanlyAndLosesNothing() throws Exception {
        HistoryLocation location = newLocation();
        RunResult first = Results.read(Results.TINY_1);
        RunResult second = Results.read(Results.TINY_2);
        try (HistoryStore store =
                HistoryStore.open(location, true, Duration.ofMillis(200), Map.of(), Clock.systemUTC())) {
            store.record(first, HOST);
            try (Connection other = jdbc(location)) {
                other.setAutoCommit(false);
                try (Statement statement = other.createStatement()) {
                    statement.executeUpdate("UPDATE hosts SET last_seen = last_seen");
                }
                HistoryException e = assertThrows(HistoryException.class, () -> store.record(second, HOST));
                assertEquals(
                        "history database " + location.shown()
                                + " is locked by another writer (waited 200 ms); nothing was written to it",
                        e.getMessage());
                // Readers are not held up by a writer.
                assertEquals(1, store.runs(RunFilter.all()).size());
                other.rollback();
            }
            assertTrue(store.record(second, HOST).added());
        }
        assertEquals(2, count(location, "SELECT count(*) FROM runs"));
    }

    @Test
    void openingAMissingFileForReadingDoesNotCreateIt() {
        Path file = folder.resolve("absent.db");
        HistoryException e =
                assertThrows(HistoryException.class, () -> HistoryStore.openExisting(HistoryLocation.of(file)));
        assertEquals(
                "no history database at " + file + " (record runs first, e.g. benchctl history import RESULT.json)",
                e.getMessage());
        assertFalse(Files.exists(file));
    }
}
