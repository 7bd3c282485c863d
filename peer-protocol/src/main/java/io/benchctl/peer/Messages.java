package io.benchctl.peer;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** Payload layouts of the control frames (adr/0005), shared by both sides. */
final class Messages {
    static final int GREETING_BYTES = 1 + 1 + 4 + 1 + Protocol.NONCE_BYTES;
    private static final int MAX_TEXT_BYTES = 900;

    private Messages() {}

    record Greeting(int minVersion, int maxVersion, int capabilities, boolean authRequired, byte[] nonce) {}

    record Hello(int version, byte[] runId, byte[] nonce, byte[] mac) {}

    static byte[] greeting(Greeting greeting) {
        return ByteBuffer.allocate(GREETING_BYTES)
                .put((byte) greeting.minVersion())
                .put((byte) greeting.maxVersion())
                .putInt(greeting.capabilities())
                .put((byte) (greeting.authRequired() ? 1 : 0))
                .put(greeting.nonce())
                .array();
    }

    static Greeting parseGreeting(Frame frame) throws PeerChannel.ProtocolViolation {
        ByteBuffer in = exactly(frame, GREETING_BYTES);
        int min = in.get() & 0xFF;
        int max = in.get() & 0xFF;
        int capabilities = in.getInt();
        boolean auth = in.get() != 0;
        byte[] nonce = new byte[Protocol.NONCE_BYTES];
        in.get(nonce);
        return new Greeting(min, max, capabilities, auth, nonce);
    }

    static byte[] hello(Hello hello) {
        return ByteBuffer.allocate(1 + Protocol.RUN_ID_BYTES + Protocol.NONCE_BYTES + 1 + hello.mac().length)
                .put((byte) hello.version())
                .put(hello.runId())
                .put(hello.nonce())
                .put((byte) hello.mac().length)
                .put(hello.mac())
                .array();
    }

    static Hello parseHello(Frame frame) throws PeerChannel.ProtocolViolation {
        try {
            ByteBuffer in = frame.reader();
            int version = in.get() & 0xFF;
            byte[] runId = new byte[Protocol.RUN_ID_BYTES];
            in.get(runId);
            byte[] nonce = new byte[Protocol.NONCE_BYTES];
            in.get(nonce);
            int macLength = in.get() & 0xFF;
            if (macLength != 0 && macLength != Auth.MAC_BYTES) {
                throw new PeerChannel.ProtocolViolation("a HELLO with a " + macLength + "-byte MAC");
            }
            byte[] mac = new byte[macLength];
            in.get(mac);
            requireConsumed(in, frame);
            return new Hello(version, runId, nonce, mac);
        } catch (BufferUnderflowException e) {
            throw new PeerChannel.ProtocolViolation(
                    "a HELLO frame of " + frame.payload().length + " bytes is too short");
        }
    }

    /** An ERROR frame: a code, then a UTF-8 message cut to a bounded length. */
    static byte[] error(ErrorCode code, String message) {
        byte[] text = utf8(message);
        return ByteBuffer.allocate(2 + text.length)
                .putShort((short) code.code)
                .put(text)
                .array();
    }

    static byte[] text(String message) {
        return utf8(message);
    }

    static String parseText(byte[] payload, int offset) {
        return new String(payload, offset, payload.length - offset, StandardCharsets.UTF_8);
    }

    static byte[] u32(int value) {
        return ByteBuffer.allocate(4).putInt(value).array();
    }

    static byte[] u64(long value) {
        return ByteBuffer.allocate(8).putLong(value).array();
    }

    static byte[] u32u64(int first, long second) {
        return ByteBuffer.allocate(12).putInt(first).putLong(second).array();
    }

    static byte[] u64u64(long first, long second) {
        return ByteBuffer.allocate(16).putLong(first).putLong(second).array();
    }

    static ByteBuffer exactly(Frame frame, int bytes) throws PeerChannel.ProtocolViolation {
        if (frame.payload().length != bytes) {
            throw new PeerChannel.ProtocolViolation(
                    "a " + frame.type() + " frame of " + frame.payload().length + " bytes where " + bytes + " belong");
        }
        return frame.reader();
    }

    private static void requireConsumed(ByteBuffer in, Frame frame) throws PeerChannel.ProtocolViolation {
        if (in.hasRemaining()) {
            throw new PeerChannel.ProtocolViolation(in.remaining() + " stray bytes after a " + frame.type() + " frame");
        }
    }

    private static byte[] utf8(String message) {
        byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= MAX_TEXT_BYTES) {
            return bytes;
        }
        byte[] cut = new byte[MAX_TEXT_BYTES];
        System.arraycopy(bytes, 0, cut, 0, MAX_TEXT_BYTES);
        return cut;
    }
}
