package io.benchctl.runtime.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SysinfoTextTest {

    @Test
    void sysinfoSizesUseBinaryUnits() {
        assertEquals("512 B", SysinfoText.bytes(512));
        assertEquals("48.0 KiB", SysinfoText.bytes(49_152));
        assertEquals("480 MiB", SysinfoText.bytes(503_316_480L));
        assertEquals("23.5 GiB", SysinfoText.bytes(25_276_502_016L));
    }

    @Test
    void sectionsTheBlockLacksAreLeftOut() {
        String text = SysinfoText.render(Map.of("cpu", Map.of("model", "Test CPU 9000", "cores", 1, "threads", 2)));
        assertTrue(text.contains("Test CPU 9000"), text);
        assertTrue(text.contains("1 core, 2 threads"), text);
        assertFalse(text.contains("Memory"), text);
        assertFalse(text.contains("null"), text);
    }
}
