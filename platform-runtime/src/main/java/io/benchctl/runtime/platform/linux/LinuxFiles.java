package io.benchctl.runtime.platform.linux;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Reads the small text files of {@code /proc} and {@code /sys} under a root. */
final class LinuxFiles {
    private final Path root;

    LinuxFiles(Path root) {
        this.root = root;
    }

    /** The file at an absolute-looking path ({@code /proc/stat}) under the root. */
    Path path(String absolute) {
        return root.resolve(absolute.substring(1));
    }

    /**
     * The whole file. {@code /proc} files report size 0, which {@code Files.readString} takes at
     * its word, so this reads the stream to its end instead.
     */
    String read(String absolute) throws IOException {
        return read(path(absolute));
    }

    static String read(Path file) throws IOException {
        try (InputStream in = java.nio.file.Files.newInputStream(file)) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
    }

    /** The file's one number. */
    long readLong(String absolute) throws IOException {
        return parseLong(read(absolute).strip(), absolute);
    }

    /**
     * Lines of {@code key value} (or {@code key: value}) pairs, as vmstat, cpu.stat and status hold
     * them; lines whose value is not a whole number are left out. Scanned by hand, without regular
     * expressions: the monitor parses dozens of these per sample and its CPU time is on a budget.
     */
    static Map<String, Long> keyValues(String text) {
        Map<String, Long> values = new HashMap<>();
        int at = 0;
        int length = text.length();
        while (at < length) {
            int end = text.indexOf('\n', at);
            if (end < 0) {
                end = length;
            }
            int keyEnd = at;
            while (keyEnd < end && text.charAt(keyEnd) != ':' && !Character.isWhitespace(text.charAt(keyEnd))) {
                keyEnd++;
            }
            int value = keyEnd;
            while (value < end && (text.charAt(value) == ':' || Character.isWhitespace(text.charAt(value)))) {
                value++;
            }
            int digits = value;
            while (digits < end && Character.isDigit(text.charAt(digits))) {
                digits++;
            }
            boolean number = digits > value && (digits == end || Character.isWhitespace(text.charAt(digits)));
            if (keyEnd > at && number && digits - value < 19) {
                values.put(text.substring(at, keyEnd), Long.parseLong(text, value, digits, 10));
            }
            at = end + 1;
        }
        return values;
    }

    /** The named counter of a key-value file, or an IOException naming what is missing. */
    long counter(String absolute, String key) throws IOException {
        Long value = keyValues(read(absolute)).get(key);
        if (value == null) {
            throw new IOException(absolute + " has no " + key);
        }
        return value;
    }

    static long parseLong(String text, String where) throws IOException {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IOException(where + ": not a number: " + text, e);
        }
    }
}
