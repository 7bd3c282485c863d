package io.benchctl.peer;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import org.apiguardian.api.API;

/**
 * An authenticated connection to a peer. Runs any number of uploads and downloads one after the
 * other, or turns into an {@link EchoSession}. Not thread-safe: one thread drives a connection;
 * parallel streams use one connection each.
 */
@API(status = EXPERIMENTAL, since = "1.0")
public final class PeerConnection implements AutoCloseable {
    /** The default bulk chunk size, iperf3's default for TCP. */
    public static final int DEFAULT_CHUNK_BYTES = 128 * 1024;

    private static final Duration CLOSE_WAIT = Duration.ofSeconds(2);

    private final PeerChannel channel;
    private final String peer;
    private final int capabilities;
    private ByteBuffer chunk;
    private boolean echoing;

    PeerConnection(PeerChannel channel, String peer, int capabilities) {
        this.channel = channel;
        this.peer = peer;
        this.capabilities = capabilities;
    }

    /** The peer as the user named it. */
    public String peer() {
        return peer;
    }

    /** The kernel's send buffer size of this socket (SO_SNDBUF), in bytes. */
    public int sendBufferBytes() throws IOException {
        return channel.sendBufferBytes();
    }

    /** The kernel's receive buffer size of this socket (SO_RCVBUF), in bytes. */
    public int receiveBufferBytes() throws IOException {
        return channel.receiveBufferBytes();
    }

    /**
     * Sends test data for {@code duration} in chunks of {@code chunkBytes}; the result counts what
     * the peer confirms it received.
     */
    public TransferResult upload(Duration duration, int chunkBytes) throws PeerException {
        requireCapability(Protocol.CAP_UPLOAD, "upload");
        ByteBuffer data = chunk(chunkBytes);
        try {
            channel.writeFrame(FrameType.START_UPLOAD, Messages.u32(chunkBytes));
            long startNanos = System.nanoTime();
            long deadlineNanos = startNanos + duration.toNanos();
            long sent = 0;
            channel.setNoDelay(false);
            do {
                data.clear();
                channel.writeFrame(FrameType.DATA, data);
                sent += chunkBytes;
            } while (System.nanoTime() - deadlineNanos < 0);
            channel.setNoDelay(true);
            channel.writeFrame(FrameType.END, Messages.u64(sent));
            Frame reply = channel.readFrame(Protocol.MAX_CONTROL_PAYLOAD_BYTES);
            long elapsedNanos = System.nanoTime() - startNanos;
            if (reply.type() == FrameType.ERROR) {
                throw Failures.fromErrorFrame(reply.payload(), peer, "the upload");
            }
            if (reply.type() != FrameType.UPLOAD_RESULT) {
                throw new PeerChannel.ProtocolViolation("expected UPLOAD_RESULT, got " + reply.type());
            }
            long received = Messages.exactly(reply, 16).getLong();
            if (received != sent) {
                throw new PeerException(
                        PeerFailure.SHORT_READ,
                        "peer " + peer + " received " + received + " of the " + sent
                                + " bytes sent in the upload (short read)");
            }
            return new TransferResult(received, elapsedNanos);
        } catch (IOException e) {
            throw fail(e, "upload");
        }
    }

    /** Asks the peer to send test data for {@code duration}; the result counts what arrived. */
    public TransferResult download(Duration duration, int chunkBytes) throws PeerException {
        requireCapability(Protocol.CAP_DOWNLOAD, "download");
        ByteBuffer data = chunk(chunkBytes);
        try {
            channel.writeFrame(FrameType.START_DOWNLOAD, Messages.u32u64(chunkBytes, duration.toNanos()));
            long startNanos = System.nanoTime();
            long received = 0;
            while (true) {
                FrameType type = channel.readStreamFrame(data);
                if (type == FrameType.DATA) {
                    received += data.remaining();
                } else if (type == FrameType.END && data.remaining() == 8) {
                    long sent = data.getLong();
                    if (sent != received) {
                        throw new PeerException(
                                PeerFailure.SHORT_READ,
                                "peer " + peer + " sent " + sent + " bytes in" + " the download, " + received
                                        + " arrived (short read)");
                    }
                    return new TransferResult(received, System.nanoTime() - startNanos);
                } else if (type == FrameType.ERROR) {
                    byte[] payload = new byte[data.remaining()];
                    data.get(payload);
                    throw Failures.fromErrorFrame(payload, peer, "the download");
                } else {
                    throw new PeerChannel.ProtocolViolation("unexpected " + type + " frame in a download");
                }
            }
        } catch (IOException e) {
            throw fail(e, "download");
        }
    }

    /**
     * A UDP test like {@code iperf3 -u}: this host sends datagrams at the spec's rate to the peer's
     * UDP port of the same number as the control connection; the peer counts what arrived.
     */
    public UdpResult udpUpload(UdpSpec spec) throws PeerException {
        requireCapability(Protocol.CAP_UDP, "UDP tests");
        try {
            return new UdpClientSide(channel, peer).upload(spec);
        } catch (IOException e) {
            throw fail(e, "UDP upload");
        }
    }

    /** A UDP test like {@code iperf3 -u -R}: the peer sends at the spec's rate, this host counts. */
    public UdpResult udpDownload(UdpSpec spec) throws PeerException {
        requireCapability(Protocol.CAP_UDP, "UDP tests");
        try {
            return new UdpClientSide(channel, peer).download(spec);
        } catch (IOException e) {
            throw fail(e, "UDP download");
        }
    }

    /**
     * Turns this connection into a ping-pong of {@code messageBytes}-byte messages; it stays one
     * until closed.
     */
    public EchoSession startEcho(int messageBytes) throws PeerException {
        requireCapability(Protocol.CAP_ECHO, "echo");
        if (messageBytes < 1 || messageBytes > Protocol.MAX_ECHO_MESSAGE_BYTES) {
            throw new IllegalArgumentException("echo message size " + messageBytes + " is outside 1.."
                    + Protocol.MAX_ECHO_MESSAGE_BYTES + " bytes");
        }
        try {
            channel.writeFrame(FrameType.START_ECHO, Messages.u32(messageBytes));
            Frame reply = channel.readFrame(Protocol.MAX_CONTROL_PAYLOAD_BYTES);
            if (reply.type() == FrameType.ERROR) {
                throw Failures.fromErrorFrame(reply.payload(), peer, "the echo");
            }
            if (reply.type() != FrameType.ECHO_READY) {
                throw new PeerChannel.ProtocolViolation("expected ECHO_READY, got " + reply.type());
            }
        } catch (IOException e) {
            throw fail(e, "echo set-up");
        }
        echoing = true;
        return new EchoSession(this, channel, messageBytes);
    }

    PeerException fail(IOException e, String during) {
        return Failures.translate(e, channel, peer, during);
    }

    /**
     * Tells a peer in {@code --once} mode that this client run has finished, then closes this
     * connection.
     */
    public void endRun() throws PeerException {
        try {
            channel.writeFrame(FrameType.END_RUN, new byte[0]);
        } catch (IOException e) {
            throw fail(e, "end of run");
        } finally {
            close();
        }
    }

    private ByteBuffer chunk(int chunkBytes) {
        if (chunkBytes < Protocol.MAX_CONTROL_PAYLOAD_BYTES || chunkBytes > Protocol.MAX_DATA_PAYLOAD_BYTES) {
            throw new IllegalArgumentException("chunk size " + chunkBytes + " is outside "
                    + Protocol.MAX_CONTROL_PAYLOAD_BYTES + ".." + Protocol.MAX_DATA_PAYLOAD_BYTES + " bytes");
        }
        if (chunk == null || chunk.capacity() != chunkBytes) {
            chunk = Buffers.alignedDirect(chunkBytes);
        }
        return chunk;
    }

    private void requireCapability(int capability, String what) throws PeerException {
        if (echoing) {
            throw new IllegalStateException("this connection is an echo session");
        }
        if ((capabilities & capability) == 0) {
            throw new PeerException(
                    PeerFailure.VERSION_MISMATCH,
                    "peer " + peer + " does not offer " + what + ": run the same benchctl version on both hosts"
                            + (capability == Protocol.CAP_UDP
                                    ? " (a peer that could not bind the UDP port of its TCP port number offers none)"
                                    : ""));
        }
    }

    /**
     * Ends the session politely (BYE, or end of the echo stream) and waits briefly for the peer
     * to close first, so that the TIME_WAIT state stays on the peer's side and a connect-rate
     * test does not run this host out of ports. Never throws.
     */
    @Override
    public void close() {
        if (!channel.isOpen()) {
            channel.close();
            return;
        }
        try {
            channel.setTimeout(CLOSE_WAIT.compareTo(channel.timeout()) < 0 ? CLOSE_WAIT : channel.timeout());
            if (echoing) {
                channel.shutdownOutput();
            } else {
                channel.writeFrame(FrameType.BYE, new byte[0]);
            }
            ByteBuffer drain = ByteBuffer.allocate(64);
            while (channel.readMessageOrEof(drain)) {
                drain.clear();
            }
        } catch (IOException ignored) {
            // the peer is gone or slow: closing our side is all that is left to do
        } finally {
            channel.close();
        }
    }
}
