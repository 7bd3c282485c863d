package io.benchctl.runtime.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MapSettingsTest {

    private final MapSettings settings = new MapSettings(Map.of(
            "name",
            "lab",
            "threads",
            4L,
            "small",
            3,
            "ratio",
            0.5,
            "direct",
            true,
            "timeout",
            "250ms",
            "file_size",
            "1GiB",
            "raw_size",
            4096L,
            "kernels",
            List.of("copy", "triad"),
            "sizes",
            List.of("4KiB", 512L)));

    @Test
    void readsEachKindOfValue() {
        assertEquals("lab", settings.getString("name"));
        assertEquals(4L, settings.getLong("threads"));
        assertEquals(3L, settings.getLong("small"), "module defaults may hold Integer");
        assertEquals(0.5, settings.getDouble("ratio"));
        assertEquals(4.0, settings.getDouble("threads"), "an integer is a number too");
        assertTrue(settings.getBoolean("direct"));
        assertEquals(Duration.ofMillis(250), settings.getDuration("timeout"));
        assertEquals(1L << 30, settings.getBytes("file_size"));
        assertEquals(4096L, settings.getBytes("raw_size"), "a plain integer is bytes");
        assertEquals(List.of("copy", "triad"), settings.getStringList("kernels"));
        assertEquals(List.of(4096L, 512L), settings.getBytesList("sizes"));
        assertTrue(settings.has("name"));
        assertFalse(settings.has("absent"));
    }

    @Test
    void aMissingOrMistypedValueNamesTheKey() {
        assertMessage("setting 'absent' is not set", () -> settings.getString("absent"));
        assertMessage("setting 'name' should be an integer but is String lab", () -> settings.getLong("name"));
        assertMessage("setting 'ratio' should be an integer but is Double 0.5", () -> settings.getLong("ratio"));
        assertMessage("setting 'threads' should be a list but is Long 4", () -> settings.getStringList("threads"));
        assertMessage(
                "setting 'sizes' should be a list of strings but is Long 512", () -> settings.getStringList("sizes"));
        assertMessage("setting 'name': 'lab' is not a duration", () -> settings.getDuration("name"));
        assertMessage("setting 'timeout': '250ms' is not a size", () -> settings.getBytes("timeout"));
    }

    @Test
    void isAnImmutableCopy() {
        Map<String, Object> source = new LinkedHashMap<>(Map.of("a", 1L));
        MapSettings copy = new MapSettings(source);
        source.put("b", 2L);

        assertFalse(copy.has("b"));
        assertThrows(UnsupportedOperationException.class, () -> copy.asMap().put("c", 3L));
    }

    private static void assertMessage(String start, org.junit.jupiter.api.function.Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().startsWith(start), e.getMessage());
    }
}
