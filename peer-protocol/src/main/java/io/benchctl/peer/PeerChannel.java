package io.benchctl.peer;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.time.Duration;

/**
 * A blocking socket channel that speaks frames and bounds every read and write by a timeout (via
 * the {@link Watchdog}). Not thread-safe: one thread drives a channel.
 */
final class PeerChannel implements Closeable {
    static final int READ_AHEAD_BYTES = 512 * 1024;

    private final SocketChannel channel;
    private final String remote;
    private final ByteBuffer header = ByteBuffer.allocateDirect(Protocol.HEADER_BYTES);
    /** Unread stream bytes (flipped); made on the first stream read, only for channels that stream. */
    private ByteBuffer readAhead;

    private volatile long timeoutNanos;
    private volatile long deadlineNanos;
    private volatile boolean armed;
    private volatile boolean timedOut;
    private int version;
    private FrameType lastType;

    PeerChannel(SocketChannel channel, Duration timeout) throws IOException {
        this.channel = channel;
        SocketAddress address = channel.getRemoteAddress();
        this.remote = address instanceof InetSocketAddress inet
                ? inet.getAddress().getHostAddress() + ":" + inet.getPort()
                : String.valueOf(address);
        channel.configureBlocking(true);
        channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
        setTimeout(timeout);
        Watchdog.instance().watch(this);
    }

    String remote() {
        return remote;
    }

    /**
     * TCP_NODELAY is on for control frames and echo messages, which must leave at once; a bulk
     * sender turns it off (Nagle on, as iperf3 runs) so that the tail of each chunk rides with
     * the next one instead of going out as an extra small segment, and back on before its final
     * frame, which flushes what is pending.
     */
    void setNoDelay(boolean noDelay) throws IOException {
        channel.setOption(StandardSocketOptions.TCP_NODELAY, noDelay);
    }

    void setTimeout(Duration timeout) {
        timeoutNanos = timeout.toNanos();
    }

    Duration timeout() {
        return Duration.ofNanos(timeoutNanos);
    }

    /** The negotiated version; 0 until the handshake sets it, when any header version is read. */
    void setVersion(int version) {
        this.version = version;
    }

    boolean timedOut() {
        return timedOut;
    }

    void expireIfPastDeadline(long nowNanos) {
        if (armed && nowNanos - deadlineNanos > 0) {
            timedOut = true;
            closeQuietly();
        }
    }

    private void arm() {
        deadlineNanos = System.nanoTime() + timeoutNanos;
        armed = true;
    }

    private void disarm() {
        armed = false;
    }

    /** Reads until {@code buffer} is full. EOF before that is a {@link EOFException}. */
    void readFully(ByteBuffer buffer) throws IOException {
        arm();
        try {
            int wanted = buffer.remaining();
            while (buffer.hasRemaining()) {
                if (channel.read(buffer) < 0) {
                    throw new EOFException("got " + (wanted - buffer.remaining()) + " of " + wanted + " bytes");
                }
            }
        } finally {
            disarm();
        }
    }

    /**
     * Reads one whole message into {@code buffer}; returns false when the other side closed the
     * connection cleanly before its first byte.
     */
    boolean readMessageOrEof(ByteBuffer buffer) throws IOException {
        arm();
        try {
            int wanted = buffer.remaining();
            while (buffer.hasRemaining()) {
                if (channel.read(buffer) < 0) {
                    if (buffer.remaining() == wanted) {
                        return false;
                    }
                    throw new EOFException("got " + (wanted - buffer.remaining()) + " of " + wanted + " bytes");
                }
            }
            return true;
        } finally {
            disarm();
        }
    }

    void writeFully(ByteBuffer... buffers) throws IOException {
        arm();
        try {
            long remaining = 0;
            for (ByteBuffer buffer : buffers) {
                remaining += buffer.remaining();
            }
            while (remaining > 0) {
                remaining -= channel.write(buffers);
            }
        } finally {
            disarm();
        }
    }

    void writeFrame(FrameType type, byte[] payload) throws IOException {
        writeFully(header(type, payload.length), ByteBuffer.wrap(payload));
    }

    void writeFrame(FrameType type, ByteBuffer payload) throws IOException {
        writeFully(header(type, payload.remaining()), payload);
    }

    private ByteBuffer header(FrameType type, int payloadBytes) {
        header.clear();
        header.putInt(Protocol.MAGIC)
                .put((byte) (version == 0 ? Protocol.MAX_VERSION : version))
                .put((byte) type.code)
                .putShort((short) 0)
                .putInt(payloadBytes)
                .flip();
        return header;
    }

    /**
     * Reads a control frame, checking its length against {@code maxPayloadBytes} before
     * allocating anything; returns null when the other side closed cleanly between frames.
     */
    Frame readFrameOrEof(int maxPayloadBytes) throws IOException {
        header.clear();
        if (!readMessageOrEof(header)) {
            return null;
        }
        int length = parseHeader(maxPayloadBytes);
        byte[] payload = new byte[length];
        readFully(ByteBuffer.wrap(payload));
        return new Frame(lastType, payload);
    }

    Frame readFrame(int maxPayloadBytes) throws IOException {
        Frame frame = readFrameOrEof(maxPayloadBytes);
        if (frame == null) {
            throw new EOFException("the connection closed before a frame");
        }
        return frame;
    }

    /**
     * Reads one frame of a stream: a DATA frame of exactly {@code chunk.capacity()} bytes, or a
     * control frame, and returns its type. A control frame's payload is put in {@code chunk},
     * flipped; a DATA frame's bytes are counted, not kept: {@code chunk} is left with that many
     * bytes remaining and unspecified content.
     *
     * <p>Reads go through a read-ahead buffer of {@link #READ_AHEAD_BYTES}, so each read call takes
     * whatever the kernel holds, across frame boundaries, as iperf3's receiver does. Reading frame
     * by frame instead cost an extra call at every boundary and about 7% of loopback throughput.
     * Only a final frame (END, ERROR) ends a stream, and nothing may follow it before the reply.
     */
    FrameType readStreamFrame(ByteBuffer chunk) throws IOException {
        if (readAhead == null) {
            readAhead = Buffers.alignedDirect(READ_AHEAD_BYTES).flip();
        }
        arm();
        try {
            header.clear();
            take(header, 0);
            int length = parseHeader(chunk.capacity());
            chunk.clear().limit(length);
            if (lastType == FrameType.DATA) {
                if (length != chunk.capacity()) {
                    throw new ProtocolViolation(
                            "a data frame of " + length + " bytes where the stream agreed on " + chunk.capacity());
                }
                skip(length);
                return lastType;
            }
            take(chunk, Protocol.HEADER_BYTES);
            chunk.flip();
            if (readAhead.hasRemaining()) {
                throw new ProtocolViolation("bytes after a final " + lastType + " frame");
            }
            return lastType;
        } finally {
            disarm();
        }
    }

    /** Fills {@code target} from the read-ahead; {@code before} counts this frame's bytes already taken. */
    private void take(ByteBuffer target, int before) throws IOException {
        int wanted = target.remaining();
        while (target.hasRemaining()) {
            if (!readAhead.hasRemaining()) {
                refill(before + wanted - target.remaining());
            }
            int n = Math.min(target.remaining(), readAhead.remaining());
            target.put(target.position(), readAhead, readAhead.position(), n);
            target.position(target.position() + n);
            readAhead.position(readAhead.position() + n);
        }
    }

    /** Consumes a DATA payload of {@code length} bytes. */
    private void skip(int length) throws IOException {
        int left = length;
        while (left > 0) {
            if (!readAhead.hasRemaining()) {
                refill(Protocol.HEADER_BYTES + length - left);
            }
            int n = Math.min(left, readAhead.remaining());
            readAhead.position(readAhead.position() + n);
            left -= n;
        }
    }

    /** One read call into the (empty) read-ahead; {@code frameBytesSoFar} is for the EOF message. */
    private void refill(int frameBytesSoFar) throws IOException {
        readAhead.clear();
        int read = channel.read(readAhead);
        readAhead.flip();
        if (read < 0) {
            throw new EOFException("the connection closed inside a frame (got " + frameBytesSoFar + " bytes of it)");
        }
    }

    private int parseHeader(int maxPayloadBytes) throws ProtocolViolation {
        header.flip();
        int magic = header.getInt();
        int frameVersion = header.get() & 0xFF;
        int typeCode = header.get() & 0xFF;
        int reserved = header.getShort();
        int length = header.getInt();
        if (magic != Protocol.MAGIC) {
            throw new ProtocolViolation(String.format(
                    "bad magic 0x%08x (expected 0x%08x): is this a benchctl peer?", magic, Protocol.MAGIC));
        }
        if (version != 0 && frameVersion != version) {
            throw new ProtocolViolation(
                    "a frame of protocol version " + frameVersion + " on a version " + version + " connection");
        }
        FrameType type = FrameType.of(typeCode);
        if (type == null) {
            throw new ProtocolViolation("unknown frame type " + typeCode);
        }
        if (reserved != 0) {
            throw new ProtocolViolation("reserved header bits set (" + reserved + ")");
        }
        if (length < 0 || length > maxPayloadBytes) {
            throw new ProtocolViolation("a " + type + " frame announcing " + Integer.toUnsignedString(length)
                    + " bytes, over the limit of " + maxPayloadBytes);
        }
        lastType = type;
        return length;
    }

    int sendBufferBytes() throws IOException {
        return channel.getOption(StandardSocketOptions.SO_SNDBUF);
    }

    int receiveBufferBytes() throws IOException {
        return channel.getOption(StandardSocketOptions.SO_RCVBUF);
    }

    /** Half-closes: the other side reads end of stream. */
    void shutdownOutput() throws IOException {
        channel.shutdownOutput();
    }

    boolean isOpen() {
        return channel.isOpen();
    }

    void closeQuietly() {
        try {
            channel.close();
        } catch (IOException ignored) {
            // closing is best effort: the descriptor is released either way
        }
    }

    @Override
    public void close() {
        Watchdog.instance().unwatch(this);
        closeQuietly();
    }

    /** A frame that breaks the protocol; the session that reads it is ended. */
    static final class ProtocolViolation extends IOException {
        private static final long serialVersionUID = 1L;

        ProtocolViolation(String message) {
            super(message);
        }
    }
}
