package io.benchctl.runtime.config;

import java.time.Duration;

public final class Units {
    private Units() {}

    public static Duration parseDuration(String text) {
        String t = text.trim();
        if (t.endsWith("ms")) return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
        if (t.endsWith("s")) return Duration.ofSeconds(Long.parseLong(t.substring(0, t.length() - 1)));
        if (t.endsWith("m")) return Duration.ofMinutes(Long.parseLong(t.substring(0, t.length() - 1)));
        throw new IllegalArgumentException("bad duration " + text);
    }

    public static long parseBytes(String text) {
        String t = text.trim();
        if (t.endsWith("KiB")) return Long.parseLong(t.substring(0, t.length() - 3)) << 10;
        if (t.endsWith("MiB")) return Long.parseLong(t.substring(0, t.length() - 3)) << 20;
        if (t.endsWith("GiB")) return Long.parseLong(t.substring(0, t.length() - 3)) << 30;
        return Long.parseLong(t);
    }

    public static String formatBytes(long bytes) {
        return bytes + "B";
    }

    public static String formatDuration(Duration d) {
        return d.toMillis() + "ms";
    }
}
