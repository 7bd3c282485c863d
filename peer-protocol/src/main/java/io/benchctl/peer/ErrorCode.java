package io.benchctl.peer;

/** Reasons carried in an ERROR frame, mapped to the client's {@link PeerFailure}. */
enum ErrorCode {
    PROTOCOL(1, PeerFailure.PROTOCOL),
    AUTH_FAILED(2, PeerFailure.AUTH_FAILED),
    VERSION_MISMATCH(3, PeerFailure.VERSION_MISMATCH),
    BUSY(4, PeerFailure.BUSY),
    REJECTED(5, PeerFailure.REJECTED);

    final int code;
    final PeerFailure failure;

    ErrorCode(int code, PeerFailure failure) {
        this.code = code;
        this.failure = failure;
    }

    static ErrorCode of(int code) {
        for (ErrorCode value : values()) {
            if (value.code == code) {
                return value;
            }
        }
        return PROTOCOL;
    }
}
