package io.benchctl.plugins.network;

/** Byte counts as the profile writes them: {@code 1B}, {@code 64KiB}, {@code 4MiB}. */
final class Sizes {
    private Sizes() {}

    static String human(long bytes) {
        if (bytes >= 1 << 20 && bytes % (1 << 20) == 0) {
            return (bytes >> 20) + "MiB";
        }
        if (bytes >= 1 << 10 && bytes % (1 << 10) == 0) {
            return (bytes >> 10) + "KiB";
        }
        return bytes + "B";
    }
}
