package io.benchctl.runtime.baseline;

/** A user mistake (a missing or malformed file, a bad option): one line, no stack trace, exit 2. */
public final class BadInputException extends Exception {

    private static final long serialVersionUID = 1L;

    public BadInputException(String message) {
        super(message);
    }

    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
