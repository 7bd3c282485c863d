package io.benchctl.peer;

/**
 * The receiver's counts for one UDP test, computed as iperf3's receiver computes them (adr/0024).
 * One thread feeds datagrams; another reads the result once the test is over: the methods are
 * synchronized for that hand-over (uncontended, so they cost little at a datagram's pace).
 */
final class UdpReceiveStats {
    private long datagrams;
    private long bytes;
    /** The highest sequence number seen; sequence numbers start at 1. */
    private long highestSequence;

    private long lost;
    private long outOfOrder;
    private double jitterNanos;
    private long previousTransitNanos;
    private long lastArrivalNanos;

    /**
     * Counts one datagram. Transit is arrival minus send time on two clocks that may differ by a
     * constant offset (two hosts): only differences of transit times are used, so it cancels.
     */
    synchronized void record(long sequence, long sentNanos, long arrivalNanos, int payloadBytes) {
        long transitNanos = arrivalNanos - sentNanos;
        if (datagrams == 0) {
            previousTransitNanos = transitNanos;
        }
        datagrams++;
        bytes += payloadBytes;
        lastArrivalNanos = arrivalNanos;
        if (sequence > highestSequence) {
            if (sequence > highestSequence + 1) {
                lost += sequence - 1 - highestSequence;
            }
            highestSequence = sequence;
        } else {
            outOfOrder++;
            if (lost > 0) {
                lost--;
            }
        }
        long d = Math.abs(transitNanos - previousTransitNanos);
        previousTransitNanos = transitNanos;
        jitterNanos += (d - jitterNanos) / 16.0;
    }

    synchronized long lastArrivalNanos() {
        return lastArrivalNanos;
    }

    synchronized long datagrams() {
        return datagrams;
    }

    /** The receiver's half of a result; the sender's counts complete it. */
    synchronized UdpResult result(long datagramsSent, long bytesSent, long sendNanos) {
        return new UdpResult(datagramsSent, bytesSent, sendNanos, datagrams, bytes, lost, outOfOrder, jitterNanos);
    }
}
