package io.benchctl.runtime.scratch;

import java.util.Locale;

/** Byte counts in binary units for messages people read ("1.50 GiB"). */
final class ByteSizes {
    private static final String[] UNITS = {"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};

    private ByteSizes() {}

    static String human(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        int unit = (63 - Long.numberOfLeadingZeros(bytes)) / 10;
        double scaled = bytes / Math.pow(1024, unit);
        boolean whole = bytes % (1L << (10 * unit)) == 0;
        return whole
                ? String.format(Locale.ROOT, "%d %s", (long) scaled, UNITS[unit])
                : String.format(Locale.ROOT, "%.2f %s", scaled, UNITS[unit]);
    }
}
