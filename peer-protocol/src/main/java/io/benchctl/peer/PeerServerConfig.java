package io.benchctl.peer;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * How a {@link PeerServer} listens and what it allows each session.
 *
 * @param bind the address to listen on; port 0 picks a free port
 * @param token the shared token, or null to accept clients without one (loopback only)
 * @param maxClients sessions served at once; one more gets a BUSY frame
 * @param handshakeTimeout time a new connection has to complete the handshake
 * @param idleTimeout longest silence on every later read and write of a session
 * @param maxTestDuration longest upload or download a client may ask for
 * @param once serve one client run, then stop
 */
@API(status = EXPERIMENTAL, since = "1.0")
public record PeerServerConfig(
        InetSocketAddress bind,
        PeerToken token,
        int maxClients,
        Duration handshakeTimeout,
        Duration idleTimeout,
        Duration maxTestDuration,
        boolean once) {

    public static final int DEFAULT_MAX_CLIENTS = 8;

    public PeerServerConfig {
        Objects.requireNonNull(bind, "bind");
        if (maxClients < 1) {
            throw new IllegalArgumentException("max clients must be at least 1, got " + maxClients);
        }
        requirePositive(handshakeTimeout, "handshake timeout");
        requirePositive(idleTimeout, "idle timeout");
        requirePositive(maxTestDuration, "max test duration");
    }

    /** Defaults: 8 clients, 5 s handshake, 30 s idle, 10 min per test, not once. */
    public static PeerServerConfig of(InetSocketAddress bind, PeerToken token) {
        return new PeerServerConfig(
                bind,
                token,
                DEFAULT_MAX_CLIENTS,
                Duration.ofSeconds(5),
                Duration.ofSeconds(30),
                Duration.ofMinutes(10),
                false);
    }

    public PeerServerConfig withMaxClients(int value) {
        return new PeerServerConfig(bind, token, value, handshakeTimeout, idleTimeout, maxTestDuration, once);
    }

    public PeerServerConfig withTimeouts(Duration handshake, Duration idle) {
        return new PeerServerConfig(bind, token, maxClients, handshake, idle, maxTestDuration, once);
    }

    public PeerServerConfig withMaxTestDuration(Duration value) {
        return new PeerServerConfig(bind, token, maxClients, handshakeTimeout, idleTimeout, value, once);
    }

    public PeerServerConfig withOnce(boolean value) {
        return new PeerServerConfig(bind, token, maxClients, handshakeTimeout, idleTimeout, maxTestDuration, value);
    }

    private static void requirePositive(Duration duration, String what) {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(what + " must be positive, got " + duration);
        }
    }
}
