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
    private final SocketChannel channel;
    private final String remote;
    private final FrameHeader header = new FrameHeader();
    /** Made on the first stream read, only for channels that stream. */
    private ReadAhead readAhead;

    private volatile long timeoutNanos;
    private volatile long deadlineNanos;
    private volatile boolean armed;
    private volatile boolean timedOut;

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
        header.setVersion(version);
    }

    /** The negotiated protocol version; 0 before the handshake. */
    int version() {
        return header.version();
    }

    /** The other end of the connection: a UDP test sends to the same address and port number. */
    InetSocketAddress remoteAddress() throws IOException {
        return (InetSocketAddress) channel.getRemoteAddress();
    }

    /** This end's address: a client's UDP socket binds to the same interface. */
    InetSocketAddress localAddress() throws IOException {
        return (InetSocketAddress) channel.getLocalAddress();
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
        writeFully(header.encode(type, payload.length), ByteBuffer.wrap(payload));
    }

    void writeFrame(FrameType type, ByteBuffer payload) throws IOException {
        writeFully(header.encode(type, payload.remaining()), payload);
    }

    /**
     * Reads a control frame, checking its length against {@code maxPayloadBytes} before
     * allocating anything; returns null when the other side closed cleanly between frames.
     */
    Frame readFrameOrEof(int maxPayloadBytes) throws IOException {
        if (!readMessageOrEof(header.empty())) {
            return null;
        }
        int length = header.decode(maxPayloadBytes);
        byte[] payload = new byte[length];
        readFully(ByteBuffer.wrap(payload));
        return new Frame(header.type(), payload);
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
     * <p>Reads go through a {@link ReadAhead}. Only a final frame (END, ERROR) ends a stream, and
     * nothing may follow it before the reply.
     */
    FrameType readStreamFrame(ByteBuffer chunk) throws IOException {
        if (readAhead == null) {
            readAhead = new ReadAhead(channel);
        }
        arm();
        try {
            readAhead.take(header.empty(), 0);
            int length = header.decode(chunk.capacity());
            FrameType type = header.type();
            chunk.clear().limit(length);
            if (type == FrameType.DATA) {
                if (length != chunk.capacity()) {
                    throw new ProtocolViolation(
                            "a data frame of " + length + " bytes where the stream agreed on " + chunk.capacity());
                }
                readAhead.skip(length);
                return type;
            }
            readAhead.take(chunk, Protocol.HEADER_BYTES);
            chunk.flip();
            if (readAhead.hasRemaining()) {
                throw new ProtocolViolation("bytes after a final " + type + " frame");
            }
            return type;
        } finally {
            disarm();
        }
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
