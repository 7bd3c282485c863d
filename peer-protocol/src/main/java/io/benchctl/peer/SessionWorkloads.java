package io.benchctl.peer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Duration;

/**
 * What an admitted session serves: the bulk sink (upload), the bulk source (download) and echo,
 * each bounded by the peer's limits. A request outside them is answered with a REJECTED error
 * frame, through the session's {@link Rejection}.
 */
final class SessionWorkloads {

    /** Sends the client an error frame, best effort. */
    @FunctionalInterface
    interface Rejection {
        void send(ErrorCode code, String message);
    }

    private final PeerChannel channel;
    private final Duration maxTestDuration;
    private final Rejection reject;
    private long payloadBytes;

    SessionWorkloads(PeerChannel channel, Duration maxTestDuration, Rejection reject) {
        this.channel = channel;
        this.maxTestDuration = maxTestDuration;
        this.reject = reject;
    }

    /** Payload bytes moved so far, both ways, by every workload of the session. */
    long payloadBytes() {
        return payloadBytes;
    }

    /** Receives DATA frames of {@code chunkBytes} until END; false when rejected. */
    boolean receiveUpload(int chunkBytes) throws IOException {
        if (!checkChunk(chunkBytes)) {
            return false;
        }
        ByteBuffer chunk = Buffers.alignedDirect(chunkBytes);
        long limitNanos = maxTestDuration.toNanos();
        long startNanos = System.nanoTime();
        long received = 0;
        while (true) {
            FrameType type = channel.readStreamFrame(chunk);
            if (type == FrameType.DATA) {
                received += chunk.remaining();
                payloadBytes += chunk.remaining();
                if (System.nanoTime() - startNanos > limitNanos) {
                    reject.send(
                            ErrorCode.REJECTED,
                            "upload passed this peer's limit of " + maxTestDuration.toSeconds() + " s per test");
                    return false;
                }
            } else if (type == FrameType.END && chunk.remaining() == 8) {
                long sent = chunk.getLong();
                if (sent != received) {
                    throw new PeerChannel.ProtocolViolation(
                            "the client says it sent " + sent + " bytes, " + received + " arrived");
                }
                channel.writeFrame(FrameType.UPLOAD_RESULT, Messages.u64u64(received, System.nanoTime() - startNanos));
                return true;
            } else {
                throw new PeerChannel.ProtocolViolation("unexpected " + type + " frame in an upload");
            }
        }
    }

    /** Sends DATA frames of {@code chunkBytes} for {@code durationNanos}, then END; false when rejected. */
    boolean sendDownload(int chunkBytes, long durationNanos) throws IOException {
        if (!checkChunk(chunkBytes)) {
            return false;
        }
        if (durationNanos <= 0 || durationNanos > maxTestDuration.toNanos()) {
            reject.send(
                    ErrorCode.REJECTED,
                    durationNanos <= 0
                            ? "a download needs a positive duration"
                            : "a download of " + durationNanos / 1_000_000 + " ms is longer than this peer's limit of "
                                    + maxTestDuration.toMillis() + " ms per test");
            return false;
        }
        ByteBuffer chunk = Buffers.alignedDirect(chunkBytes);
        long deadlineNanos = System.nanoTime() + durationNanos;
        long sent = 0;
        channel.setNoDelay(false);
        do {
            chunk.clear();
            channel.writeFrame(FrameType.DATA, chunk);
            sent += chunkBytes;
        } while (System.nanoTime() - deadlineNanos < 0);
        payloadBytes += sent;
        channel.setNoDelay(true);
        channel.writeFrame(FrameType.END, Messages.u64(sent));
        return true;
    }

    /** Echoes messages of {@code messageBytes} until the client closes; returns how it ended. */
    String echo(int messageBytes) throws IOException {
        if (messageBytes < 1 || messageBytes > Protocol.MAX_ECHO_MESSAGE_BYTES) {
            reject.send(
                    ErrorCode.REJECTED,
                    "echo message size " + Integer.toUnsignedString(messageBytes) + " is outside 1.."
                            + Protocol.MAX_ECHO_MESSAGE_BYTES + " bytes");
            return "rejected";
        }
        channel.writeFrame(FrameType.ECHO_READY, new byte[0]);
        ByteBuffer message = Buffers.alignedDirect(messageBytes);
        long roundTrips = 0;
        while (true) {
            message.clear();
            if (!channel.readMessageOrEof(message)) {
                return "echo ended after " + roundTrips + " round trips";
            }
            message.flip();
            channel.writeFully(message);
            roundTrips++;
            payloadBytes += messageBytes;
        }
    }

    private boolean checkChunk(int chunkBytes) {
        if (chunkBytes < Protocol.MAX_CONTROL_PAYLOAD_BYTES || chunkBytes > Protocol.MAX_DATA_PAYLOAD_BYTES) {
            reject.send(
                    ErrorCode.REJECTED,
                    "chunk size " + Integer.toUnsignedString(chunkBytes) + " is outside "
                            + Protocol.MAX_CONTROL_PAYLOAD_BYTES + ".." + Protocol.MAX_DATA_PAYLOAD_BYTES + " bytes");
            return false;
        }
        return true;
    }
}
