package io.benchctl.kit.units;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SizesTest {
    @Test
    void usesTheLargestBinaryUnitThatDividesExactly() {
        assertEquals("0B", Sizes.exact(0));
        assertEquals("1536B", Sizes.exact(1536));
        assertEquals("4KiB", Sizes.exact(4096));
        assertEquals("1025KiB", Sizes.exact(1025L << 10));
        assertEquals("1MiB", Sizes.exact(1L << 20));
        assertEquals("3GiB", Sizes.exact(3L << 30));
        assertEquals("2048TiB", Sizes.exact(1L << 51));
    }
}
