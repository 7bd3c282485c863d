package io.benchctl.plugins.network;

import io.benchctl.api.Settings;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Settings over a plain map, parsing the human forms the tests use ("2s", "500ms", "64KiB"). */
final class MapSettings implements Settings {
    private final Map<String, Object> values;

    MapSettings(Map<String, Object> defaults, Map<String, Object> overrides) {
        values = new HashMap<>(defaults);
        values.putAll(overrides);
    }

    private Object get(String key) {
        if (!values.containsKey(key)) {
            throw new IllegalArgumentException("no setting " + key);
        }
        return values.get(key);
    }

    @Override
    public boolean has(String key) {
        return values.containsKey(key);
    }

    @Override
    public String getString(String key) {
        return (String) get(key);
    }

    @Override
    public long getLong(String key) {
        return ((Number) get(key)).longValue();
    }

    @Override
    public double getDouble(String key) {
        return ((Number) get(key)).doubleValue();
    }

    @Override
    public boolean getBoolean(String key) {
        return (Boolean) get(key);
    }

    @Override
    public Duration getDuration(String key) {
        String text = getString(key);
        return text.endsWith("ms")
                ? Duration.ofMillis(Long.parseLong(text.substring(0, text.length() - 2)))
                : Duration.ofSeconds(Long.parseLong(text.substring(0, text.length() - 1)));
    }

    @Override
    public long getBytes(String key) {
        return bytes(get(key));
    }

    private static long bytes(Object value) {
        if (value instanceof Number number) {
            return number.longValue();
        }
        String text = (String) value;
        if (text.endsWith("KiB")) {
            return Long.parseLong(text.substring(0, text.length() - 3)) << 10;
        }
        return Long.parseLong(text.replace("B", ""));
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<String> getStringList(String key) {
        return (List<String>) get(key);
    }

    @Override
    public List<Long> getLongList(String key) {
        return ((List<?>) get(key))
                .stream().map(value -> ((Number) value).longValue()).toList();
    }

    @Override
    public List<Long> getBytesList(String key) {
        return ((List<?>) get(key)).stream().map(MapSettings::bytes).toList();
    }

    @Override
    public Map<String, Object> asMap() {
        return Map.copyOf(values);
    }
}
