package io.benchctl.peer;

import java.io.EOFException;
import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.util.Locale;

/** Turns low-level I/O errors of a client connection into precise, actionable {@link PeerException}s. */
final class Failures {
    private Failures() {}

    /**
     * @param peer the peer as the user named it
     * @param during what the client was doing, e.g. {@code download}
     */
    static PeerException translate(IOException e, PeerChannel channel, String peer, String during) {
        if (e instanceof PeerException peerException) {
            return peerException;
        }
        if (channel.timedOut()) {
            return new PeerException(
                    PeerFailure.TIMEOUT,
                    "peer " + peer + " went silent for "
                            + channel.timeout().toMillis() + " ms during " + during + " (timed out mid-test): the peer"
                            + " stalled or the network drops packets",
                    e);
        }
        if (e instanceof EOFException) {
            return new PeerException(
                    PeerFailure.SHORT_READ,
                    "peer " + peer + " closed the connection during "
                            + during + " (short read: " + e.getMessage() + "): the peer stopped or a middlebox cut the"
                            + " stream",
                    e);
        }
        if (e instanceof PeerChannel.ProtocolViolation) {
            return new PeerException(
                    PeerFailure.PROTOCOL,
                    "peer " + peer + " sent malformed data during " + during + ": " + e.getMessage(),
                    e);
        }
        if (e instanceof ClosedChannelException) {
            return new PeerException(
                    PeerFailure.IO, "connection to peer " + peer + " was closed locally during " + during, e);
        }
        String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (message.contains("reset") || message.contains("broken pipe")) {
            return new PeerException(
                    PeerFailure.RESET,
                    "connection to peer " + peer + " was reset during " + during
                            + ": the peer process ended or a firewall dropped the connection",
                    e);
        }
        return new PeerException(
                PeerFailure.IO, "I/O error with peer " + peer + " during " + during + ": " + e.getMessage(), e);
    }

    /** The failure an ERROR frame from the peer stands for. */
    static PeerException fromErrorFrame(byte[] payload, String peer, String during) {
        if (payload.length < 2) {
            return new PeerException(
                    PeerFailure.PROTOCOL, "peer " + peer + " sent an empty error frame during " + during);
        }
        ErrorCode code = ErrorCode.of(((payload[0] & 0xFF) << 8) | (payload[1] & 0xFF));
        String text = Messages.parseText(payload, 2);
        String hint = switch (code) {
            case AUTH_FAILED -> ": token_file must hold the same token as the peer's --token-file";
            case VERSION_MISMATCH -> ": run the same benchctl version on both hosts";
            default -> "";
        };
        return new PeerException(code.failure, "peer " + peer + " refused " + during + ": " + text + hint);
    }
}
