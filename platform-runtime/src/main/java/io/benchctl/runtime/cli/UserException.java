package io.benchctl.runtime.cli;

/** A user mistake or an unusable environment: printed as one message, no stack trace. */
public final class UserException extends RuntimeException {
    private final int exitCode;

    public UserException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
