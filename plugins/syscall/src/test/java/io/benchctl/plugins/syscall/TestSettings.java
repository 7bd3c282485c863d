package io.benchctl.plugins.syscall;

import io.benchctl.api.Settings;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Settings from a plain map, parsed as the runtime does: sizes in binary units, durations in
 * ms/s/m. Test scope only, until the platform test kit (issue 8) provides the runtime's own.
 */
final class TestSettings implements Settings {
    private static final Pattern SIZE = Pattern.compile("([0-9]+)(B|KiB|MiB|GiB|TiB)?");
    private static final Pattern DURATION = Pattern.compile("([0-9]+)(ms|s|m)");

    private final Map<String, Object> values;

    TestSettings(Map<String, Object> values) {
        this.values = Map.copyOf(values);
    }

    /** {@code defaults} overridden by {@code overrides}. */
    static TestSettings of(Map<String, Object> defaults, Map<String, Object> overrides) {
        Map<String, Object> merged = new HashMap<>(defaults);
        merged.putAll(overrides);
        return new TestSettings(merged);
    }

    @Override
    public boolean has(String key) {
        return values.containsKey(key);
    }

    @Override
    public String getString(String key) {
        return get(key, String.class);
    }

    @Override
    public long getLong(String key) {
        return get(key, Number.class).longValue();
    }

    @Override
    public double getDouble(String key) {
        return get(key, Number.class).doubleValue();
    }

    @Override
    public boolean getBoolean(String key) {
        return get(key, Boolean.class);
    }

    @Override
    public Duration getDuration(String key) {
        Matcher m = DURATION.matcher(getString(key));
        if (!m.matches()) {
            throw new IllegalArgumentException(key + ": not a duration: " + getString(key));
        }
        long amount = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            default -> Duration.ofMinutes(amount);
        };
    }

    @Override
    public long getBytes(String key) {
        return bytes(key, values.get(key));
    }

    @Override
    public List<String> getStringList(String key) {
        return ((List<?>) get(key, List.class)).stream().map(String.class::cast).toList();
    }

    @Override
    public List<Long> getLongList(String key) {
        return ((List<?>) get(key, List.class))
                .stream().map(v -> ((Number) v).longValue()).toList();
    }

    @Override
    public List<Long> getBytesList(String key) {
        return ((List<?>) get(key, List.class)).stream().map(v -> bytes(key, v)).toList();
    }

    @Override
    public Map<String, Object> asMap() {
        return values;
    }

    private static long bytes(String key, Object value) {
        if (value instanceof Number number) {
            return number.longValue();
        }
        Matcher m = SIZE.matcher(String.valueOf(value));
        if (!m.matches()) {
            throw new IllegalArgumentException(key + ": not a size: " + value);
        }
        int shift = switch (m.group(2) == null ? "B" : m.group(2)) {
            case "KiB" -> 10;
            case "MiB" -> 20;
            case "GiB" -> 30;
            case "TiB" -> 40;
            default -> 0;
        };
        return Long.parseLong(m.group(1)) << shift;
    }

    private <T> T get(String key, Class<T> type) {
        Object value = values.get(key);
        if (!type.isInstance(value)) {
            throw new IllegalArgumentException(key + ": expected " + type.getSimpleName() + ", found " + value);
        }
        return type.cast(value);
    }
}
