package io.benchctl.peer;

/** The message types of the peer protocol; the byte is what travels in the frame header. */
enum FrameType {
    GREETING(1),
    BUSY(2),
    HELLO(3),
    WELCOME(4),
    ERROR(5),
    START_UPLOAD(16),
    START_DOWNLOAD(17),
    START_ECHO(18),
    ECHO_READY(19),
    DATA(20),
    END(21),
    UPLOAD_RESULT(22),
    START_UDP(24),
    UDP_READY(25),
    UDP_RESULT(26),
    BYE(30),
    END_RUN(31);

    private static final FrameType[] BY_CODE = new FrameType[256];

    static {
        for (FrameType type : values()) {
            BY_CODE[type.code] = type;
        }
    }

    final int code;

    FrameType(int code) {
        this.code = code;
    }

    /** The type for a header byte, or null when the byte names no type. */
    static FrameType of(int code) {
        return BY_CODE[code & 0xFF];
    }
}
