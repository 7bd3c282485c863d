package io.benchctl.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.benchctl.api.Settings;
import io.benchctl.runtime.config.MapSettings;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * {@link Settings} for calling a module's {@code plan} directly, read with the runtime's own
 * grammar (the one profiles are read with): sizes {@code 512B}, {@code 4KiB} to {@code TiB},
 * {@code 1KB} to {@code TB} as powers of 1000; durations {@code ns}, {@code us}, {@code ms},
 * {@code s}, {@code m}, {@code h}. Nothing here validates against a schema: a test that needs
 * validation runs the module with {@link ModuleTestKit}.
 */
@API(status = EXPERIMENTAL, since = "1.0")
public final class TestSettings {
    private TestSettings() {}

    /** These values as settings (String, Long/Integer, Double, Boolean, List of those). */
    public static Settings of(Map<String, ?> values) {
        return new MapSettings(new LinkedHashMap<>(values));
    }

    /** A module's defaults with {@code overrides} on top, key by key, as the runtime merges a module table. */
    public static Settings merged(Map<String, ?> defaults, Map<String, ?> overrides) {
        Map<String, Object> all = new LinkedHashMap<>(defaults);
        all.putAll(overrides);
        return new MapSettings(all);
    }
}
