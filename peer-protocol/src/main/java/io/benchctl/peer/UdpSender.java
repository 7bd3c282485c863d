package io.benchctl.peer;

import java.io.IOException;
import java.net.PortUnreachableException;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * Sends one UDP test's datagrams at its target rate, paced as iperf3 paces {@code -u -b}: before
 * each datagram the average rate since the first one is compared with the target; while it is
 * ahead, the sender sleeps until the moment the average falls back to the target (iperf3's
 * {@code clock_nanosleep} to the "green light"; here {@code LockSupport.parkNanos}, which the
 * kernel's timer slack rounds the same way). So the long-run rate is exact and the sender sends
 * small catch-up bursts after each sleep, as iperf3 does (adr/0024).
 */
final class UdpSender {
    /** How often (in datagrams) the sender asks whether its test was abandoned. */
    private static final int ABANDON_CHECK_EVERY = 1024;

    private UdpSender() {}

    /** What was handed to the kernel, and over how long. */
    record Totals(long datagrams, long bytes, long elapsedNanos) {}

    /**
     * Sends for {@code spec.duration()}.
     *
     * @param target where to send, or null for a connected channel
     * @param abandoned true when the control connection is gone: the sender stops early
     */
    static Totals send(
            DatagramChannel channel, SocketAddress target, long testId, UdpSpec spec, BooleanSupplier abandoned)
            throws IOException {
        ByteBuffer datagram = Buffers.alignedDirect(spec.datagramBytes());
        double nanosPerByte = 8e9 / spec.rateBitsPerSecond();
        long startNanos = System.nanoTime();
        long deadlineNanos = startNanos + spec.duration().toNanos();
        long sequence = 0;
        long bytes = 0;
        while (true) {
            long nowNanos = System.nanoTime();
            if (nowNanos - deadlineNanos >= 0) {
                break;
            }
            long greenLightNanos = startNanos + (long) (bytes * nanosPerByte);
            if (greenLightNanos - nowNanos > 0) {
                LockSupport.parkNanos(Math.min(greenLightNanos, deadlineNanos) - nowNanos);
                continue;
            }
            if (sequence % ABANDON_CHECK_EVERY == 0 && abandoned.getAsBoolean()) {
                break;
            }
            datagram.clear();
            datagram.putLong(0, testId).putLong(8, sequence + 1).putLong(16, System.nanoTime());
            try {
                int written = target == null ? channel.write(datagram) : channel.send(datagram, target);
                if (written > 0) {
                    sequence++;
                    bytes += written;
                }
            } catch (PortUnreachableException e) {
                // an ICMP error for an earlier datagram: the receiver's port was closed; the
                // datagram was not sent, and the test goes on until its deadline as iperf3's does
            }
        }
        return new Totals(sequence, bytes, System.nanoTime() - startNanos);
    }
}
