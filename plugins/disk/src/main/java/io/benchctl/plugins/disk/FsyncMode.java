package io.benchctl.plugins.disk;

/** When writes are made durable, as fio's {@code end_fsync} and {@code fsync=1}. */
enum FsyncMode {
    OFF,
    /** Once per job at the end of each timed run, inside the timed window. */
    END,
    /** After every write; IOPS then include the flush, latency of the flush is its own metric. */
    EVERY;

    /** The profile value: {@code "off" | "end" | "every"}, or a boolean ({@code true} = every, as fio's --fsync=1). */
    static FsyncMode of(Object value) {
        return switch (value) {
            case Boolean enabled -> enabled ? EVERY : OFF;
            case String name when name.equals("off") -> OFF;
            case String name when name.equals("end") -> END;
            case String name when name.equals("every") -> EVERY;
            default ->
                throw new IllegalArgumentException(
                        "fsync must be \"off\", \"end\", \"every\" or a boolean, not " + value);
        };
    }
}
