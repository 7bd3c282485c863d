package io.benchctl.runtime.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class NearestNameTest {

    private static final List<String> KEYS = List.of("threads", "kernels", "buffer_sizes", "strides");

    @Test
    void countsTranspositionsAsOneEdit() {
        assertEquals(1, NearestName.distance("kernles", "kernels"));
        assertEquals(1, NearestName.distance("cpux", "cpu"));
        assertEquals(3, NearestName.distance("abc", ""));
    }

    @Test
    void suggestsTheClosestPlausibleName() {
        assertEquals("kernels", NearestName.of("kernals", KEYS));
        assertEquals("threads", NearestName.of("Threads", KEYS));
        assertEquals("buffer_sizes", NearestName.of("bufer_size", KEYS));
        assertEquals("cpu", NearestName.of("cpux", List.of("cpu", "memory", "disk")));
    }

    @Test
    void staysSilentWhenNothingIsClose() {
        assertNull(NearestName.of("io", List.of("cpu", "memory", "disk")));
        assertNull(NearestName.of("latency", KEYS));
        assertNull(NearestName.of("x".repeat(1000), KEYS));
        assertNull(NearestName.of("anything", List.of()));
    }
}
