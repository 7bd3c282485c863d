package io.benchctl.peer;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** Constants of the peer protocol (adr/0005-peer-protocol.md). */
@API(status = EXPERIMENTAL, since = "1.0")
public final class Protocol {
    /** {@code "BCPR"}: the first four bytes of every frame. */
    public static final int MAGIC = 0x42435052;
    /** The lowest protocol version this build speaks. */
    public static final int MIN_VERSION = 1;
    /** The highest protocol version this build speaks. */
    public static final int MAX_VERSION = 2;
    /** The first version with UDP tests ({@code START_UDP}); a session at version 1 has none. */
    public static final int UDP_VERSION = 2;
    /** magic (4) + version (1) + type (1) + reserved (2) + payload length (4). */
    public static final int HEADER_BYTES = 12;
    /** Hard cap on the payload of a control frame; checked before anything is allocated. */
    public static final int MAX_CONTROL_PAYLOAD_BYTES = 1024;
    /** Hard cap on the payload of a data frame (and so on a stream's chunk size). */
    public static final int MAX_DATA_PAYLOAD_BYTES = 4 << 20;
    /** Hard cap on one echo message. */
    public static final int MAX_ECHO_MESSAGE_BYTES = 4 << 20;
    /** The default TCP port of {@code benchctl peer}. */
    public static final int DEFAULT_PORT = 7420;
    /** Length of the random challenges each side contributes to the handshake. */
    public static final int NONCE_BYTES = 32;
    /** Length of the client's run id, which groups its connections (for {@code --once}). */
    public static final int RUN_ID_BYTES = 16;

    /** Capability bit: the peer receives uploads. */
    public static final int CAP_UPLOAD = 1;
    /** Capability bit: the peer sends downloads. */
    public static final int CAP_DOWNLOAD = 1 << 1;
    /** Capability bit: the peer echoes messages (ping-pong). */
    public static final int CAP_ECHO = 1 << 2;
    /** Capability bit: the peer runs UDP tests on the UDP port of the same number as its TCP port. */
    public static final int CAP_UDP = 1 << 3;
    /** Capabilities of this build (a peer whose UDP port cannot be bound leaves {@link #CAP_UDP} out). */
    public static final int CAPABILITIES = CAP_UPLOAD | CAP_DOWNLOAD | CAP_ECHO | CAP_UDP;

    /** test id (8) + sequence number (8) + send time in the sender's monotonic nanoseconds (8). */
    public static final int UDP_HEADER_BYTES = 24;
    /** The largest UDP payload over IPv4 (65535 - 8 - 20). */
    public static final int MAX_DATAGRAM_BYTES = 65507;
    /** The highest target bit rate a UDP test may ask for: 100 Gbit/s. */
    public static final long MAX_UDP_RATE_BITS_PER_SECOND = 100_000_000_000L;

    private Protocol() {}
}
