package io.benchctl.plugins.disk;

import java.util.Arrays;

/** Where each I/O goes and whether it reads or writes. */
enum AccessPattern {
    SEQ_WRITE("seq-write", true, false),
    SEQ_READ("seq-read", true, true),
    RAND_READ("rand-read", false, true),
    RAND_WRITE("rand-write", false, false),
    /** Random, each I/O a read with probability {@code read_share}. */
    RAND_RW("rand-rw", false, true);

    private final String id;
    private final boolean sequential;
    private final boolean reads;

    AccessPattern(String id, boolean sequential, boolean reads) {
        this.id = id;
        this.sequential = sequential;
        this.reads = reads;
    }

    String id() {
        return id;
    }

    boolean sequential() {
        return sequential;
    }

    /** The share of I/Os that are reads: 1 or 0, or {@code readShare} for the mixed pattern. */
    double readShare(double readShare) {
        if (this == RAND_RW) {
            return readShare;
        }
        return reads ? 1 : 0;
    }

    static AccessPattern of(String id) {
        return Arrays.stream(values())
                .filter(p -> p.id.equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown pattern '" + id + "'"));
    }
}
