package io.benchctl.peer;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A failure between a client and a peer, with a message meant for the user: it says what
 * happened, where, and what to check.
 */
@API(status = EXPERIMENTAL, since = "1.0")
public final class PeerException extends IOException {
    private static final long serialVersionUID = 1L;

    private final PeerFailure failure;

    public PeerException(PeerFailure failure, String message) {
        super(message);
        this.failure = Objects.requireNonNull(failure, "failure");
    }

    public PeerException(PeerFailure failure, String message, Throwable cause) {
        super(message, cause);
        this.failure = Objects.requireNonNull(failure, "failure");
    }

    /** The kind of failure. */
    public PeerFailure failure() {
        return failure;
    }
}
