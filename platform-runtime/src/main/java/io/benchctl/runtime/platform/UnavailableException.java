package io.benchctl.runtime.platform;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/** A capability could not be used here; the message says why, as a user reads it. */
@API(status = INTERNAL, since = "1.3")
public final class UnavailableException extends Exception {
    private static final long serialVersionUID = 1L;

    public UnavailableException(String message) {
        super(message);
    }

    public UnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
