package io.benchctl.plugins.memory;

/** Byte counts as the profile's size strings: the largest binary unit that divides exactly. */
final class SizeFormat {

    private static final String[] UNITS = {"TiB", "GiB", "MiB", "KiB"};

    private SizeFormat() {}

    static String format(long bytes) {
        for (int i = 0; i < UNITS.length; i++) {
            long unit = 1L << (10 * (UNITS.length - i));
            if (bytes >= unit && bytes % unit == 0) {
                return bytes / unit + UNITS[i];
            }
        }
        return bytes + "B";
    }
}
