package io.benchctl.peer;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * How a {@link PeerClient} reaches a peer.
 *
 * @param address the peer's host and port
 * @param token the shared token, or null when the peer needs none (a loopback peer)
 * @param retries connection attempts after the first, with exponential backoff and jitter
 * @param connectTimeout longest wait for one connection attempt; also caps one backoff pause
 * @param readTimeout longest silence on any read or write once connected
 * @param runId groups this client's connections into one run (16 bytes)
 */
@API(status = EXPERIMENTAL, since = "1.0")
public record PeerClientConfig(
        PeerAddress address,
        PeerToken token,
        int retries,
        Duration connectTimeout,
        Duration readTimeout,
        byte[] runId) {

    public PeerClientConfig {
        Objects.requireNonNull(address, "address");
        if (retries < 0) {
            throw new IllegalArgumentException("retries must be 0 or more, got " + retries);
        }
        if (connectTimeout == null || connectTimeout.toMillis() < 1) {
            throw new IllegalArgumentException("connect timeout must be at least 1 ms, got " + connectTimeout);
        }
        if (readTimeout == null || readTimeout.toMillis() < 1) {
            throw new IllegalArgumentException("read timeout must be at least 1 ms, got " + readTimeout);
        }
        if (runId == null || runId.length != Protocol.RUN_ID_BYTES) {
            throw new IllegalArgumentException("a run id has " + Protocol.RUN_ID_BYTES + " bytes");
        }
        runId = runId.clone();
    }

    /** Defaults: 3 retries, 2 s connect timeout, 10 s read timeout, a fresh run id. */
    public static PeerClientConfig of(PeerAddress address, PeerToken token) {
        return new PeerClientConfig(
                address, token, 3, Duration.ofSeconds(2), Duration.ofSeconds(10), Auth.nonce(Protocol.RUN_ID_BYTES));
    }

    public PeerClientConfig withRetries(int value, Duration connect) {
        return new PeerClientConfig(address, token, value, connect, readTimeout, runId);
    }

    public PeerClientConfig withReadTimeout(Duration value) {
        return new PeerClientConfig(address, token, retries, connectTimeout, value, runId);
    }

    public PeerClientConfig withRunId(byte[] value) {
        return new PeerClientConfig(address, token, retries, connectTimeout, readTimeout, value);
    }

    @Override
    public byte[] runId() {
        return runId.clone();
    }
}
