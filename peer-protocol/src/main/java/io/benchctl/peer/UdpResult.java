package io.benchctl.peer;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * One UDP test as both ends counted it. Loss, out-of-order and jitter follow iperf3's receiver
 * (adr/0024): a gap in sequence numbers counts as lost, a datagram older than the newest seen
 * counts as out of order and takes one back from the lost count, and jitter is RFC 3550's
 * estimator {@code J += (|D| - J) / 16} over the differences of successive transit times.
 *
 * @param datagramsSent datagrams the sender handed to its kernel
 * @param bytesSent UDP payload bytes of those datagrams
 * @param sendNanos from the first datagram to the end of the sender's last write
 * @param datagramsReceived datagrams that arrived (duplicates included)
 * @param bytesReceived UDP payload bytes that arrived
 * @param lostDatagrams iperf3's count: gaps in the sequence numbers, less the late arrivals that
 *     filled one; datagrams lost after the last one received are not counted, as in iperf3
 * @param outOfOrderDatagrams datagrams whose sequence number was not above every one before it
 * @param jitterNanos the RFC 3550 jitter estimate after the last datagram, in nanoseconds
 */
@API(status = EXPERIMENTAL, since = "1.1")
public record UdpResult(
        long datagramsSent,
        long bytesSent,
        long sendNanos,
        long datagramsReceived,
        long bytesReceived,
        long lostDatagrams,
        long outOfOrderDatagrams,
        double jitterNanos) {

    /** Lost datagrams over datagrams sent, in percent: iperf3's {@code lost_percent}. */
    public double lossPercent() {
        return datagramsSent <= 0 ? 0.0 : 100.0 * lostDatagrams / datagramsSent;
    }

    /** Payload received over the sender's time, in Gbit/s (10^9 bits per second). */
    public double receivedGigabitsPerSecond() {
        return sendNanos <= 0 ? 0.0 : bytesReceived * 8.0 / sendNanos;
    }

    /** Jitter in milliseconds, the unit iperf3 reports it in. */
    public double jitterMillis() {
        return jitterNanos / 1e6;
    }
}
