package io.benchctl.peer;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One UDP test, as {@code iperf3 -u -b RATE -l SIZE -t DURATION} asks for it.
 *
 * @param rateBitsPerSecond target bit rate of UDP payload (10^9 = 1 Gbit/s), paced by the sender
 * @param datagramBytes UDP payload bytes of every datagram, the test header included
 * @param duration how long the sender sends
 */
@API(status = EXPERIMENTAL, since = "1.1")
public record UdpSpec(long rateBitsPerSecond, int datagramBytes, Duration duration) {

    public UdpSpec {
        Objects.requireNonNull(duration, "duration");
        String problem = problem(rateBitsPerSecond, datagramBytes);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("a UDP test needs a positive duration, got " + duration);
        }
    }

    /** Why a rate and datagram size cannot be run, or null when they can; the peer checks the same. */
    static String problem(long rateBitsPerSecond, int datagramBytes) {
        if (rateBitsPerSecond < 1 || rateBitsPerSecond > Protocol.MAX_UDP_RATE_BITS_PER_SECOND) {
            return "UDP rate " + Long.toUnsignedString(rateBitsPerSecond) + " bit/s is outside 1.."
                    + Protocol.MAX_UDP_RATE_BITS_PER_SECOND + " bit/s (100 Gbit/s)";
        }
        if (datagramBytes < Protocol.UDP_HEADER_BYTES || datagramBytes > Protocol.MAX_DATAGRAM_BYTES) {
            return "UDP datagram size " + Integer.toUnsignedString(datagramBytes) + " is outside "
                    + Protocol.UDP_HEADER_BYTES + ".." + Protocol.MAX_DATAGRAM_BYTES + " bytes";
        }
        return null;
    }
}
