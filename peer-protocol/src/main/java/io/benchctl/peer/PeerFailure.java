package io.benchctl.peer;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** What went wrong between a client and a peer; each kind has a stable code for results. */
@API(status = EXPERIMENTAL, since = "1.0")
public enum PeerFailure {
    /** The host could not be resolved or reached, or did not answer within the connect timeout. */
    UNREACHABLE("peer-unreachable", true),
    /** The host answered, but nothing listens on the port. */
    REFUSED("peer-refused", true),
    /** One side could not prove it knows the shared token. */
    AUTH_FAILED("peer-auth-failed", false),
    /** The two sides share no protocol version. */
    VERSION_MISMATCH("peer-version-mismatch", false),
    /** The peer serves its maximum number of clients. */
    BUSY("peer-busy", true),
    /** The other side went silent past the read timeout. */
    TIMEOUT("peer-timeout", false),
    /** The connection was reset or closed under a write. */
    RESET("peer-connection-reset", false),
    /** The other side closed the connection in the middle of a frame or message. */
    SHORT_READ("peer-short-read", false),
    /** The other side sent bytes that are not this protocol. */
    PROTOCOL("peer-protocol-error", false),
    /** The peer refused a request that exceeds its limits. */
    REJECTED("peer-rejected", false),
    /** Any other I/O error. */
    IO("peer-io-error", false);

    private final String code;
    private final boolean retryable;

    PeerFailure(String code, boolean retryable) {
        this.code = code;
        this.retryable = retryable;
    }

    /** The stable machine-readable code, e.g. {@code peer-refused}. */
    public String code() {
        return code;
    }

    /** Whether connecting again later may succeed (the peer may still be starting or busy). */
    public boolean retryable() {
        return retryable;
    }
}
