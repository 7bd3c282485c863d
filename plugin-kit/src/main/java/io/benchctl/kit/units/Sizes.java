package io.benchctl.kit.units;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** Byte counts as the exact binary-unit strings profiles use ("4KiB", "1MiB", "1536B"). */
@API(status = EXPERIMENTAL, since = "1.0")
public final class Sizes {
    private static final String[] UNITS = {"B", "KiB", "MiB", "GiB", "TiB"};

    private Sizes() {}

    /** {@code bytes} in the largest binary unit that divides it exactly. */
    public static String exact(long bytes) {
        int unit = 0;
        while (unit < UNITS.length - 1 && bytes != 0 && bytes % 1024 == 0) {
            bytes /= 1024;
            unit++;
        }
        return bytes + UNITS[unit];
    }
}
