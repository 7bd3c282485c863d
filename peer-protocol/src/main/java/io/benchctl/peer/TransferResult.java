package io.benchctl.peer;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * One bulk transfer as the receiving side counted it.
 *
 * @param payloadBytes bytes of test data received (frame headers excluded)
 * @param elapsedNanos from the request to the final acknowledgement, as the client timed it
 */
@API(status = EXPERIMENTAL, since = "1.0")
public record TransferResult(long payloadBytes, long elapsedNanos) {

    /** Throughput in Gbit/s (10^9 bits per second); 0 for a transfer that took no time. */
    public double gigabitsPerSecond() {
        return elapsedNanos <= 0 ? 0.0 : payloadBytes * 8.0 / elapsedNanos;
    }
}
