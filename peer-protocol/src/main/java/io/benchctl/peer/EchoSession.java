package io.benchctl.peer;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.nio.ByteBuffer;
import org.apiguardian.api.API;

/**
 * A connection in ping-pong mode: each {@link #roundTrip()} sends one message and waits for the
 * peer to send it back. TCP_NODELAY is on, so a small message leaves at once.
 */
@API(status = EXPERIMENTAL, since = "1.0")
public final class EchoSession implements AutoCloseable {
    private final PeerConnection connection;
    private final PeerChannel channel;
    private final ByteBuffer out;
    private final ByteBuffer in;

    EchoSession(PeerConnection connection, PeerChannel channel, int messageBytes) {
        this.connection = connection;
        this.channel = channel;
        this.out = Buffers.alignedDirect(messageBytes);
        this.in = Buffers.alignedDirect(messageBytes);
    }

    /** One message there and back. */
    public void roundTrip() throws PeerException {
        try {
            out.clear();
            channel.writeFully(out);
            in.clear();
            channel.readFully(in);
        } catch (IOException e) {
            throw connection.fail(e, "round trip");
        }
    }

    /** The connection underneath, e.g. for its buffer sizes. */
    public PeerConnection connection() {
        return connection;
    }

    @Override
    public void close() {
        connection.close();
    }
}
