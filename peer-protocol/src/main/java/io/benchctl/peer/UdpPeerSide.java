package io.benchctl.peer;

import java.io.IOException;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.time.Duration;

/**
 * The peer's half of a UDP test (adr/0024). {@code START_UDP} {direction, datagram bytes, rate
 * bit/s, duration ns}, answered by {@code UDP_READY} {test id}. Upload: the client sends datagrams
 * to the peer's port, then {@code END} {datagrams, bytes, send ns}; the peer drains what is still
 * in flight and answers {@code UDP_RESULT}. Download: the client sends hello datagrams (sequence
 * 0) until data arrives; the peer sends to where the first hello came from, then {@code END}.
 */
final class UdpPeerSide {
    static final int START_BYTES = 1 + 4 + 8 + 8;
    static final int END_BYTES = 24;
    static final int RESULT_BYTES = 40;
    static final byte UPLOAD = 0;
    static final byte DOWNLOAD = 1;
    /** How long the peer waits for a download's first hello datagram. */
    static final Duration HELLO_WAIT = Duration.ofSeconds(5);

    private final PeerChannel channel;
    private final UdpPort port;
    private final Duration maxTestDuration;
    private final SessionWorkloads.Rejection reject;

    UdpPeerSide(PeerChannel channel, UdpPort port, Duration maxTestDuration, SessionWorkloads.Rejection reject) {
        this.channel = channel;
        this.port = port;
        this.maxTestDuration = maxTestDuration;
        this.reject = reject;
    }

    /** Serves one UDP test; returns the payload bytes it moved, or -1 when it was rejected. */
    long serve(Frame start) throws IOException {
        ByteBuffer in = Messages.exactly(start, START_BYTES);
        byte direction = in.get();
        int datagramBytes = in.getInt();
        long rate = in.getLong();
        long durationNanos = in.getLong();
        String problem = refusal(direction, datagramBytes, rate, durationNanos);
        if (problem != null) {
            reject.send(ErrorCode.REJECTED, problem);
            return -1;
        }
        UdpSpec spec = new UdpSpec(rate, datagramBytes, Duration.ofNanos(durationNanos));
        UdpPort.UdpTest test = port.register();
        Duration idle = channel.timeout();
        try {
            channel.writeFrame(FrameType.UDP_READY, Messages.u64(test.id));
            // the control connection is silent while the datagrams flow
            channel.setTimeout(spec.duration().plus(idle));
            return direction == UPLOAD ? receive(test) : send(test, spec);
        } finally {
            port.unregister(test);
            channel.setTimeout(idle);
        }
    }

    private String refusal(byte direction, int datagramBytes, long rate, long durationNanos) {
        if (port == null) {
            return "this peer has no UDP port (it could not bind the UDP port of its TCP port number)";
        }
        if (channel.version() < Protocol.UDP_VERSION) {
            return "UDP tests need protocol version " + Protocol.UDP_VERSION + "; this session speaks "
                    + channel.version();
        }
        if (direction != UPLOAD && direction != DOWNLOAD) {
            return "unknown UDP direction " + direction;
        }
        String problem = UdpSpec.problem(rate, datagramBytes);
        if (problem != null) {
            return problem;
        }
        if (durationNanos <= 0 || durationNanos > maxTestDuration.toNanos()) {
            return durationNanos <= 0
                    ? "a UDP test needs a positive duration"
                    : "a UDP test of " + durationNanos / 1_000_000 + " ms is longer than this peer's limit of "
                            + maxTestDuration.toMillis() + " ms per test";
        }
        return null;
    }

    private long receive(UdpPort.UdpTest test) throws IOException {
        Frame end = channel.readFrame(Protocol.MAX_CONTROL_PAYLOAD_BYTES);
        if (end.type() != FrameType.END) {
            throw new PeerChannel.ProtocolViolation("unexpected " + end.type() + " frame in a UDP upload");
        }
        ByteBuffer totals = Messages.exactly(end, END_BYTES);
        UdpResult result = drain(test.stats).result(totals.getLong(), totals.getLong(), totals.getLong());
        channel.writeFrame(FrameType.UDP_RESULT, encodeResult(result));
        return result.bytesReceived();
    }

    private long send(UdpPort.UdpTest test, UdpSpec spec) throws IOException {
        SocketAddress client;
        try {
            client = test.awaitHello(HELLO_WAIT.toNanos());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the client's UDP hello", e);
        }
        if (client == null) {
            reject.send(
                    ErrorCode.REJECTED,
                    "no UDP datagram from the client reached this peer's UDP port within " + HELLO_WAIT.toSeconds()
                            + " s: is UDP blocked between the hosts?");
            return -1;
        }
        UdpSender.Totals totals = UdpSender.send(port.channel(), client, test.id, spec, () -> !channel.isOpen());
        channel.writeFrame(FrameType.END, endFrame(totals));
        return totals.bytes();
    }

    static byte[] endFrame(UdpSender.Totals totals) {
        return ByteBuffer.allocate(END_BYTES)
                .putLong(totals.datagrams())
                .putLong(totals.bytes())
                .putLong(totals.elapsedNanos())
                .array();
    }

    static byte[] encodeResult(UdpResult result) {
        return ByteBuffer.allocate(RESULT_BYTES)
                .putLong(result.datagramsReceived())
                .putLong(result.bytesReceived())
                .putLong(result.lostDatagrams())
                .putLong(result.outOfOrderDatagrams())
                .putDouble(result.jitterNanos())
                .array();
    }

    /**
     * Waits for datagrams still in flight after the sender's END (a relay may hold some): until
     * none has arrived for 20 ms, at most 250 ms.
     */
    static UdpReceiveStats drain(UdpReceiveStats stats) {
        long startNanos = System.nanoTime();
        while (true) {
            long now = System.nanoTime();
            long idleNanos = now - Math.max(stats.lastArrivalNanos(), startNanos);
            if (idleNanos > 20_000_000L || now - startNanos > 250_000_000L) {
                return stats;
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return stats;
            }
        }
    }
}
