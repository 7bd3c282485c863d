package io.benchctl.history.store;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * The history database cannot be used as asked: locked, damaged, of a newer schema, unreachable,
 * or named by a bad location. The message is one line naming the database (a URL redacted) and
 * is meant for the user as it is.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class HistoryException extends RuntimeException {

    public HistoryException(String message) {
        super(message);
    }

    public HistoryException(String message, Throwable cause) {
        super(message, cause);
    }
}
