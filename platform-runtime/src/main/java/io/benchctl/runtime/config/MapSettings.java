package io.benchctl.runtime.config;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.benchctl.api.Settings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * {@link Settings} over plain TOML-like values (String, Long, Double, Boolean, List, Map);
 * integers may arrive as any integral {@link Number}. Immutable.
 */
@API(status = INTERNAL, since = "1.0")
public final class MapSettings implements Settings {

    private final Map<String, Object> values;

    public MapSettings(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    @Override
    public boolean has(String key) {
        return values.get(key) != null;
    }

    @Override
    public String getString(String key) {
        return as(key, String.class, "a string");
    }

    @Override
    public long getLong(String key) {
        return toLong(key, require(key));
    }

    @Override
    public double getDouble(String key) {
        return as(key, Number.class, "a number").doubleValue();
    }

    @Override
    public boolean getBoolean(String key) {
        return as(key, Boolean.class, "a boolean");
    }

    @Override
    public Duration getDuration(String key) {
        return parsed(key, Units::parseDuration, getString(key));
    }

    @Override
    public long getBytes(String key) {
        return toBytes(key, require(key));
    }

    @Override
    public List<String> getStringList(String key) {
        return list(key, element -> {
            if (element instanceof String text) {
                return text;
            }
            throw wrongType(key, "a list of strings", element);
        });
    }

    @Override
    public List<Long> getLongList(String key) {
        return list(key, element -> toLong(key, element));
    }

    @Override
    public List<Long> getBytesList(String key) {
        return list(key, element -> toBytes(key, element));
    }

    @Override
    public Map<String, Object> asMap() {
        return values;
    }

    @Override
    public String toString() {
        return values.toString();
    }

    private Object require(String key) {
        Object value = values.get(key);
        if (value == null) {
            throw new IllegalArgumentException("setting '" + key + "' is not set");
        }
        return value;
    }

    private <T> T as(String key, Class<T> type, String expected) {
        Object value = require(key);
        if (!type.isInstance(value)) {
            throw wrongType(key, expected, value);
        }
        return type.cast(value);
    }

    private <T> List<T> list(String key, Function<Object, T> element) {
        Object value = require(key);
        if (!(value instanceof List<?> raw)) {
            throw wrongType(key, "a list", value);
        }
        List<T> out = new ArrayList<>(raw.size());
        for (Object item : raw) {
            out.add(element.apply(item));
        }
        return List.copyOf(out);
    }

    private static long toLong(String key, Object value) {
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        throw wrongType(key, "an integer", value);
    }

    private static long toBytes(String key, Object value) {
        if (value instanceof String text) {
            return parsed(key, Units::parseBytes, text);
        }
        return toLong(key, value);
    }

    private static <T> T parsed(String key, Function<String, T> parser, String text) {
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("setting '" + key + "': " + e.getMessage(), e);
        }
    }

    private static IllegalArgumentException wrongType(String key, String expected, Object found) {
        String type = found == null ? "nothing" : found.getClass().getSimpleName();
        return new IllegalArgumentException(
                "setting '" + key + "' should be " + expected + " but is " + type + " " + found);
    }
}
