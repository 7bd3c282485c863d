package io.benchctl.runtime.host;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds one ordered object of the host block, dropping what is unknown: a probe that could not
 * tell leaves the key out rather than writing {@code "unknown"}, {@code -1}, {@code 0} or NaN.
 */
final class Fields {

    private final Map<String, Object> map = new LinkedHashMap<>();

    /** Puts the value if it is known: not null, not blank or "unknown", finite, not empty. */
    Fields put(String key, Object value) {
        Object clean = value instanceof String s ? s.strip() : value;
        if (known(clean)) {
            map.put(key, clean);
        }
        return this;
    }

    /** Puts a count or size that is unknown when zero or negative (OSHI's convention). */
    Fields putPositive(String key, long value) {
        if (value > 0) {
            map.put(key, value);
        }
        return this;
    }

    Map<String, Object> map() {
        return map;
    }

    private static boolean known(Object value) {
        return switch (value) {
            case null -> false;
            case String s -> !s.isEmpty() && !s.equalsIgnoreCase("unknown");
            case Double d -> Double.isFinite(d);
            case Float f -> Float.isFinite(f);
            case Map<?, ?> m -> !m.isEmpty();
            case List<?> l -> !l.isEmpty();
            default -> true;
        };
    }
}
