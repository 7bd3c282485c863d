package io.benchctl.runtime.platform.linux;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apiguardian.api.API;

/** Reads the small text files of /proc and /sys, where a missing or unreadable file means "unknown". */
@API(status = INTERNAL, since = "1.3")
public final class SysFiles {

    private SysFiles() {}

    /** The file's content without the trailing newline, or null if it cannot be read. */
    public static String read(Path file) {
        try {
            return Files.readString(file).strip();
        } catch (IOException | SecurityException e) {
            return null;
        }
    }

    /** The file's lines, or an empty list if it cannot be read. */
    public static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException | SecurityException e) {
            return List.of();
        }
    }

    /** The integer in the file, or -1 if it cannot be read or parsed. */
    public static long readLong(Path file) {
        String text = read(file);
        try {
            return text == null ? -1 : Long.parseLong(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * Parses a sysfs size such as {@code 48K}, {@code 2048K} or {@code 32M} (binary multiples, as
     * the kernel writes them) to bytes; -1 if it is not one.
     */
    public static long parseSizeBytes(String text) {
        if (text == null || text.isEmpty()) {
            return -1;
        }
        String upper = text.toUpperCase(Locale.ROOT);
        char last = upper.charAt(upper.length() - 1);
        int shift = switch (last) {
            case 'K' -> 10;
            case 'M' -> 20;
            case 'G' -> 30;
            default -> 0;
        };
        String digits = shift == 0 ? upper : upper.substring(0, upper.length() - 1);
        try {
            return Long.parseLong(digits) << shift;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The CPU numbers in a kernel CPU list such as {@code 0-3,8,10-11}; empty if it is not one. */
    public static List<Integer> parseCpuList(String list) {
        List<Integer> cpus = new ArrayList<>();
        if (list == null || list.isBlank()) {
            return cpus;
        }
        try {
            for (String part : list.split(",")) {
                int dash = part.indexOf('-');
                int first = Integer.parseInt(dash < 0 ? part : part.substring(0, dash));
                int last = dash < 0 ? first : Integer.parseInt(part.substring(dash + 1));
                for (int cpu = first; cpu <= last; cpu++) {
                    cpus.add(cpu);
                }
            }
        } catch (NumberFormatException e) {
            return List.of();
        }
        return cpus;
    }
}
