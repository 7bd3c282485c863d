package io.benchctl.plugins.syscall;

/** Byte counts as the exact binary-unit strings profiles use ("4KiB", "1MiB", "1536B"). */
final class Sizes {
    private static final String[] UNITS = {"B", "KiB", "MiB", "GiB", "TiB"};

    private Sizes() {}

    static String exact(long bytes) {
        int unit = 0;
        while (unit < UNITS.length - 1 && bytes != 0 && bytes % 1024 == 0) {
            bytes /= 1024;
            unit++;
        }
        return bytes + UNITS[unit];
    }
}
