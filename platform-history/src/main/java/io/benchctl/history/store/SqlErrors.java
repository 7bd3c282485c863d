package io.benchctl.history.store;

import java.sql.SQLException;
import java.time.Duration;
import org.sqlite.SQLiteException;

/** Turns a driver's exception into a one-line {@link HistoryException} naming the database. */
final class SqlErrors {

    // SQLite primary result codes (an extended code keeps its primary one in the low byte).
    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;
    private static final int SQLITE_READONLY = 8;
    private static final int SQLITE_CORRUPT = 11;
    private static final int SQLITE_CANTOPEN = 14;
    private static final int SQLITE_NOTADB = 26;

    private final HistoryLocation location;
    private final Duration lockWait;

    SqlErrors(HistoryLocation location, Duration lockWait) {
        this.location = location;
        this.lockWait = lockWait;
    }

    /** The first {@link SQLException} in the cause chain, translated; else a generic message. */
    HistoryException translate(Throwable failure, String doing) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return translate(sql, doing);
            }
        }
        return new HistoryException(
                "history database " + location.shown() + ": " + doing + " failed: " + firstLine(failure), failure);
    }

    HistoryException translate(SQLException e, String doing) {
        String name = "history database " + location.shown();
        if (e instanceof SQLiteException sqlite) {
            int code = sqlite.getResultCode().code & 0xff;
            String message = switch (code) {
                case SQLITE_BUSY, SQLITE_LOCKED ->
                    name + " is locked by another writer (waited " + lockWait.toMillis()
                            + " ms); nothing was written to it";
                case SQLITE_CORRUPT, SQLITE_NOTADB ->
                    name
                            + " is damaged or not a SQLite database; nothing was written to it (move it aside to start a new history)";
                case SQLITE_READONLY -> name + " is read-only; nothing was written to it";
                case SQLITE_CANTOPEN -> "cannot open " + name + ": check that its folder exists and is writable";
                default -> null;
            };
            if (message != null) {
                return new HistoryException(message, e);
            }
        }
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        // 28xxx: the password was wrong; 08004: the server wanted one and none was given.
        if (state.startsWith("28") || state.equals("08004")) {
            return new HistoryException(
                    name + ": authentication failed (" + firstLine(e)
                            + "); set the password in ~/.pgpass, PGPASSFILE or PGPASSWORD",
                    e);
        }
        if (state.startsWith("08")) {
            return new HistoryException("cannot connect to " + name + ": " + firstLine(e), e);
        }
        if (state.equals("3D000")) {
            return new HistoryException(name + ": " + firstLine(e) + " (create it first)", e);
        }
        return new HistoryException(name + ": " + doing + " failed: " + firstLine(e), e);
    }

    private static String firstLine(Throwable e) {
        String message = e.getMessage() == null
                ? e.getClass().getSimpleName()
                : e.getMessage().strip();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline).strip();
    }
}
