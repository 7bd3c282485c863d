package io.benchctl.runtime.config;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Key paths as users read them: {@code modules.memory.kernels[1]}. A path is a list of segments,
 * a String per table key and an Integer per array index (the shape of a JSON pointer).
 */
final class KeyPath {

    private static final Pattern BARE_KEY = Pattern.compile("[A-Za-z0-9_-]+");

    private KeyPath() {}

    static String format(List<Object> path) {
        StringBuilder out = new StringBuilder();
        for (Object segment : path) {
            if (segment instanceof Integer index) {
                out.append('[').append(index).append(']');
                continue;
            }
            if (!out.isEmpty()) {
                out.append('.');
            }
            String key = segment.toString();
            out.append(BARE_KEY.matcher(key).matches() ? key : Json.quote(key));
        }
        return out.toString();
    }

    static List<Object> append(List<Object> path, Object... segments) {
        List<Object> out = new ArrayList<>(path);
        out.addAll(List.of(segments));
        return List.copyOf(out);
    }

    /** True when {@code path} is {@code prefix} or lies below it. */
    static boolean startsWith(List<Object> path, List<Object> prefix) {
        return path.size() >= prefix.size() && path.subList(0, prefix.size()).equals(prefix);
    }
}
