package io.benchctl.history.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class HistoryLocationTest {

    @Test
    void aPathIsASqliteFile() {
        HistoryLocation location = HistoryLocation.parse("results/history.db");
        assertFalse(location.isPostgres());
        assertEquals(Path.of("results/history.db"), location.file());
        assertEquals("jdbc:sqlite:" + Path.of("results/history.db").toAbsolutePath(), location.jdbcUrl());
        assertEquals(
                Path.of("/x/h.db"), HistoryLocation.parse("jdbc:sqlite:/x/h.db").file());
    }

    @Test
    void aPostgresUrlWithoutPasswordIsKeptAsItIs() {
        String url = "jdbc:postgresql://db.example:5432/bench?user=ci&sslmode=require";
        HistoryLocation location = HistoryLocation.parse(url);
        assertTrue(location.isPostgres());
        assertEquals(url, location.jdbcUrl());
        assertEquals(url, location.shown());
    }

    @Test
    void aPasswordInTheUrlIsRefusedAndNotRepeated() {
        for (String url : new String[] {
            "jdbc:postgresql://db/bench?user=ci&password=hunter2",
            "jdbc:postgresql://db/bench?PASSWORD=hunter2&user=ci",
            "jdbc:postgresql://ci:hunter2@db/bench"
        }) {
            HistoryException e = assertThrows(HistoryException.class, () -> HistoryLocation.parse(url));
            assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
            assertTrue(e.getMessage().contains("carries a password; put it in ~/.pgpass"), e.getMessage());
        }
    }

    @Test
    void redactionMasksBothFormsOfPassword() {
        assertEquals(
                "jdbc:postgresql://db/b?user=u&password=***&ssl=true",
                HistoryLocation.redact("jdbc:postgresql://db/b?user=u&password=s3cret&ssl=true"));
        assertEquals("jdbc:postgresql://u:***@db/b", HistoryLocation.redact("jdbc:postgresql://u:s3cret@db/b"));
    }

    @Test
    void otherDatabasesAndEmptyValuesAreRefused() {
        assertEquals(
                "history location jdbc:mysql://db/b is not supported: give a file path (SQLite) or a"
                        + " jdbc:postgresql:// URL",
                assertThrows(HistoryException.class, () -> HistoryLocation.parse("jdbc:mysql://db/b"))
                        .getMessage());
        assertThrows(HistoryException.class, () -> HistoryLocation.parse("postgresql://db/b"));
        assertThrows(HistoryException.class, () -> HistoryLocation.parse(" "));
    }

    @Test
    void aMalformedPostgresUrlIsABadLocationNotACrash() {
        HistoryException e = assertThrows(
                HistoryException.class,
                () -> HistoryStore.open(HistoryLocation.parse("jdbc:postgresql://host:notaport/db")));
        assertTrue(
                e.getMessage()
                        .startsWith(
                                "history URL jdbc:postgresql://host:notaport/db is not a valid" + " PostgreSQL URL"),
                e.getMessage());
    }
}
