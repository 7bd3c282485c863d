package io.benchctl.kit.testing;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.benchctl.api.Settings;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * {@link Settings} over a plain map, for driving a module from tests and benchmarks. Sizes accept
 * B, KiB, MiB, GiB, TiB (and KB, MB, GB as powers of 1000); durations ns, us, ms, s, m, h.
 */
@API(status = EXPERIMENTAL, since = "1.0")
public record MapSettings(Map<String, Object> values) implements Settings {

    private static final Pattern QUANTITY = Pattern.compile("\\s*(\\d+(?:\\.\\d+)?)\\s*([a-zA-Z]*)\\s*");

    public MapSettings {
        values = Map.copyOf(values);
    }

    /** Module defaults overridden by {@code overrides}, as the runtime merges them. */
    public static MapSettings merged(Map<String, Object> defaults, Map<String, Object> overrides) {
        java.util.HashMap<String, Object> all = new java.util.HashMap<>(defaults);
        all.putAll(overrides);
        return new MapSettings(all);
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
        return parseDuration(key, getString(key));
    }

    @Override
    public long getBytes(String key) {
        return parseBytes(key, get(key, Object.class));
    }

    @Override
    public List<String> getStringList(String key) {
        return get(key, List.class).stream().map(String::valueOf).toList();
    }

    @Override
    public List<Long> getLongList(String key) {
        List<?> list = get(key, List.class);
        return list.stream().map(v -> ((Number) v).longValue()).toList();
    }

    @Override
    public List<Long> getBytesList(String key) {
        List<?> list = get(key, List.class);
        return list.stream().map(v -> parseBytes(key, v)).toList();
    }

    @Override
    public Map<String, Object> asMap() {
        return values;
    }

    private <T> T get(String key, Class<T> type) {
        Object value = values.get(key);
        if (value == null) {
            throw new IllegalArgumentException("setting '" + key + "' is missing");
        }
        if (!type.isInstance(value)) {
            throw new IllegalArgumentException("setting '" + key + "' is " + value + ", expected a "
                    + type.getSimpleName().toLowerCase(Locale.ROOT));
        }
        return type.cast(value);
    }

    private static long parseBytes(String key, Object value) {
        if (value instanceof Number n) {
            return n.longValue();
        }
        Matcher m = QUANTITY.matcher(String.valueOf(value));
        if (m.matches()) {
            double number = Double.parseDouble(m.group(1));
            long unit = switch (m.group(2).toUpperCase(Locale.ROOT)) {
                case "", "B" -> 1L;
                case "KIB" -> 1L << 10;
                case "MIB" -> 1L << 20;
                case "GIB" -> 1L << 30;
                case "TIB" -> 1L << 40;
                case "KB" -> 1_000L;
                case "MB" -> 1_000_000L;
                case "GB" -> 1_000_000_000L;
                default -> -1L;
            };
            if (unit > 0) {
                return Math.round(number * unit);
            }
        }
        throw new IllegalArgumentException("setting '" + key + "': '" + value + "' is not a size such as 4KiB or 1GiB");
    }

    private static Duration parseDuration(String key, String text) {
        Matcher m = QUANTITY.matcher(text);
        if (m.matches()) {
            double number = Double.parseDouble(m.group(1));
            double nanosPerUnit = switch (m.group(2)) {
                case "ns" -> 1;
                case "us" -> 1e3;
                case "ms" -> 1e6;
                case "s" -> 1e9;
                case "m" -> 60e9;
                case "h" -> 3600e9;
                default -> -1;
            };
            if (nanosPerUnit > 0) {
                return Duration.ofNanos(Math.round(number * nanosPerUnit));
            }
        }
        throw new IllegalArgumentException(
                "setting '" + key + "': '" + text + "' is not a duration such as 500ms or 2s");
    }
}
