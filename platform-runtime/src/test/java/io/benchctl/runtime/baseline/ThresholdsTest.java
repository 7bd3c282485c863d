package io.benchctl.runtime.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ThresholdsTest {

    @Test
    void theFirstMatchingPatternWinsAndOthersGetTheGlobalThreshold() {
        Thresholds thresholds = new Thresholds(
                5,
                0.25,
                0.05,
                List.of(
                        new Thresholds.Override("disk/*:p99*", 30),
                        new Thresholds.Override("disk/*", 15),
                        new Thresholds.Override("cpu/int/threads?:ops", 2)));
        assertEquals(30, thresholds.percentFor("disk/rand-read/4KiB:p99-latency"));
        assertEquals(15, thresholds.percentFor("disk/seq-read/1MiB:bandwidth"));
        assertEquals(2, thresholds.percentFor("cpu/int/threads2:ops"));
        assertEquals(5, thresholds.percentFor("cpu/int/threads16:ops"), "? is one character");
        assertEquals(5, thresholds.percentFor("memory/triad/1GiB/stride1:bandwidth"));
        assertEquals(5, thresholds.percentFor("xdisk/a:b"), "patterns match whole keys");
    }

    @Test
    void percentagesParseAsUsersWriteThem() {
        assertEquals(5, Thresholds.parsePercent("5%"));
        assertEquals(2.5, Thresholds.parsePercent(" 2.5 % "));
        assertEquals(5, Thresholds.parsePercent("5"));
        assertThrows(IllegalArgumentException.class, () -> Thresholds.parsePercent("five"));
        assertThrows(IllegalArgumentException.class, () -> Thresholds.parsePercent("0%"));
        assertThrows(IllegalArgumentException.class, () -> Thresholds.parsePercent("NaN"));
    }
}
