package io.benchctl.runtime.config;

import io.benchctl.api.Settings;
import java.time.Duration;
import java.util.List;
import java.util.Map;

public final class MapSettings implements Settings {
    private final Map<String, Object> values;

    public MapSettings(Map<String, Object> values) {
        this.values = values;
    }

    public boolean has(String key) { return values.containsKey(key); }
    public String getString(String key) { return (String) values.get(key); }
    public long getLong(String key) { return ((Number) values.get(key)).longValue(); }
    public double getDouble(String key) { return ((Number) values.get(key)).doubleValue(); }
    public boolean getBoolean(String key) { return (Boolean) values.get(key); }
    public Duration getDuration(String key) { return Units.parseDuration(getString(key)); }
    public long getBytes(String key) { Object v = values.get(key); return v instanceof Number n ? n.longValue() : Units.parseBytes((String) v); }
    @SuppressWarnings("unchecked") public List<String> getStringList(String key) { return (List<String>) values.get(key); }
    @SuppressWarnings("unchecked") public List<Long> getLongList(String key) { return ((List<Number>) values.get(key)).stream().map(Number::longValue).toList(); }
    @SuppressWarnings("unchecked") public List<Long> getBytesList(String key) { return ((List<Object>) values.get(key)).stream().map(o -> o instanceof Number n ? n.longValue() : Units.parseBytes((String) o)).toList(); }
    public Map<String, Object> asMap() { return values; }
}
