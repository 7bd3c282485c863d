package io.benchctl.peer;

import java.nio.ByteBuffer;

/**
 * The {@value Protocol#HEADER_BYTES}-byte header in front of every frame: magic, protocol version,
 * type, reserved bits and payload length. One per channel, reused for every frame; {@link
 * #decode(int)} checks a header before anything is allocated for its payload.
 */
final class FrameHeader {
    private final ByteBuffer buffer = ByteBuffer.allocateDirect(Protocol.HEADER_BYTES);
    private int version;
    private FrameType type;

    /** The negotiated version; 0 until the handshake sets it, when any header version is read. */
    void setVersion(int version) {
        this.version = version;
    }

    int version() {
        return version;
    }

    /** The header of an outgoing frame, ready to write. */
    ByteBuffer encode(FrameType type, int payloadBytes) {
        buffer.clear();
        buffer.putInt(Protocol.MAGIC)
                .put((byte) (version == 0 ? Protocol.MAX_VERSION : version))
                .put((byte) type.code)
                .putShort((short) 0)
                .putInt(payloadBytes)
                .flip();
        return buffer;
    }

    /** The (cleared) buffer to read an incoming header into before {@link #decode(int)}. */
    ByteBuffer empty() {
        return buffer.clear();
    }

    /**
     * Checks the header just read and returns its payload length; {@link #type()} is then its type.
     *
     * @throws PeerChannel.ProtocolViolation for a foreign magic, another version than the
     *     negotiated one, an unknown type, reserved bits set or a length over {@code maxPayloadBytes}
     */
    int decode(int maxPayloadBytes) throws PeerChannel.ProtocolViolation {
        buffer.flip();
        int magic = buffer.getInt();
        int frameVersion = buffer.get() & 0xFF;
        int typeCode = buffer.get() & 0xFF;
        int reserved = buffer.getShort();
        int length = buffer.getInt();
        if (magic != Protocol.MAGIC) {
            throw new PeerChannel.ProtocolViolation(String.format(
                    "bad magic 0x%08x (expected 0x%08x): is this a benchctl peer?", magic, Protocol.MAGIC));
        }
        if (version != 0 && frameVersion != version) {
            throw new PeerChannel.ProtocolViolation(
                    "a frame of protocol version " + frameVersion + " on a version " + version + " connection");
        }
        FrameType decoded = FrameType.of(typeCode);
        if (decoded == null) {
            throw new PeerChannel.ProtocolViolation("unknown frame type " + typeCode);
        }
        if (reserved != 0) {
            throw new PeerChannel.ProtocolViolation("reserved header bits set (" + reserved + ")");
        }
        if (length < 0 || length > maxPayloadBytes) {
            throw new PeerChannel.ProtocolViolation("a " + decoded + " frame announcing "
                    + Integer.toUnsignedString(length) + " bytes, over the limit of " + maxPayloadBytes);
        }
        type = decoded;
        return length;
    }

    /** The type of the last header {@link #decode(int)} accepted. */
    FrameType type() {
        return type;
    }
}
