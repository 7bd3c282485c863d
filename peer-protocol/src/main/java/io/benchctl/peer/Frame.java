package io.benchctl.peer;

import java.nio.ByteBuffer;

/** A control frame read whole: its type and payload. */
record Frame(FrameType type, byte[] payload) {

    ByteBuffer reader() {
        return ByteBuffer.wrap(payload);
    }
}
