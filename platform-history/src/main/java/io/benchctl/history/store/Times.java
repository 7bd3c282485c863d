package io.benchctl.history.store;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Times as the database keeps them: ISO-8601 UTC with exactly three fraction digits, so that
 * text order is time order in both databases and {@code sqlite3}'s date functions read them.
 */
final class Times {

    private static final DateTimeFormatter STORED =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Times() {}

    static String format(Instant instant) {
        return instant == null ? null : STORED.format(instant);
    }

    /** An ISO-8601 instant of a result (offsets allowed), or null when absent or unreadable. */
    static Instant parseOrNull(String iso) {
        if (iso == null || iso.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(iso);
        } catch (DateTimeException e) {
            return null;
        }
    }

    static Instant read(String stored) {
        return stored == null ? null : Instant.parse(stored);
    }
}
