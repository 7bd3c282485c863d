package io.benchctl.plugins.markdown;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The effective profile back in the user's own language (TOML), so it can be pasted into a
 * profile file: scalars and arrays as {@code key = value}, nested tables as {@code [a.b]}.
 */
final class TomlText {

    private TomlText() {}

    static String render(Map<String, ?> tree) {
        StringBuilder out = new StringBuilder();
        table("", tree, out);
        return out.toString();
    }

    private static void table(String path, Map<String, ?> tree, StringBuilder out) {
        boolean header = !path.isEmpty() && tree.values().stream().anyMatch(v -> !(v instanceof Map));
        if (header) {
            out.append(out.isEmpty() ? "" : "\n").append('[').append(path).append("]\n");
        }
        tree.forEach((key, value) -> {
            if (!(value instanceof Map)) {
                out.append(key(key)).append(" = ").append(value(value)).append('\n');
            }
        });
        tree.forEach((key, value) -> {
            if (value instanceof Map<?, ?> child) {
                @SuppressWarnings("unchecked")
                Map<String, ?> typed = (Map<String, ?>) child;
                table(path.isEmpty() ? key(key) : path + "." + key(key), typed, out);
            }
        });
    }

    private static String value(Object value) {
        if (value instanceof String text) {
            return quote(text);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(TomlText::value).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream()
                    .map(e -> key(String.valueOf(e.getKey())) + " = " + value(e.getValue()))
                    .collect(Collectors.joining(", ", "{ ", " }"));
        }
        return String.valueOf(value);
    }

    private static String key(String key) {
        return key.matches("[A-Za-z0-9_-]+") ? key : quote(key);
    }

    private static String quote(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
    }
}
