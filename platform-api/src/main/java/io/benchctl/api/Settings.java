package io.benchctl.api;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * A module's validated settings. Keys are the names under {@code [modules.<id>]}. Durations and
 * sizes are the human strings of the profile ("250ms", "4KiB"), parsed here.
 *
 * <p>Getters throw {@link IllegalArgumentException} naming the key when a value is absent or of
 * another type; the schema should have caught that first.
 */
@API(status = STABLE, since = "1.0")
public interface Settings {

    boolean has(String key);

    String getString(String key);

    long getLong(String key);

    double getDouble(String key);

    boolean getBoolean(String key);

    /** A duration string such as {@code 500ms}, {@code 2s}, {@code 1m}. */
    Duration getDuration(String key);

    /** A size string such as {@code 4KiB}, {@code 1GiB} (or a plain integer of bytes), in bytes. */
    long getBytes(String key);

    List<String> getStringList(String key);

    List<Long> getLongList(String key);

    /** Each element a size string, in bytes. */
    List<Long> getBytesList(String key);

    /** The settings as plain values (String, Long, Double, Boolean, List, Map). */
    Map<String, Object> asMap();
}
