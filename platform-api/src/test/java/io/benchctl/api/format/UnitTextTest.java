package io.benchctl.api.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class UnitTextTest {

    private static final long KIB = 1024;
    private static final long MIB = KIB * 1024;
    private static final long GIB = MIB * 1024;
    private static final long TIB = GIB * 1024;

    @Test
    void exactBytesUseTheLargestBinaryUnitThatDivides() {
        assertEquals("0B", UnitText.exactBytes(0));
        assertEquals("1B", UnitText.exactBytes(1));
        assertEquals("1023B", UnitText.exactBytes(1023));
        assertEquals("1KiB", UnitText.exactBytes(KIB));
        assertEquals("4KiB", UnitText.exactBytes(4 * KIB));
        assertEquals("1536B", UnitText.exactBytes(1536));
        assertEquals("1025KiB", UnitText.exactBytes(MIB + KIB));
        assertEquals("256MiB", UnitText.exactBytes(256 * MIB));
        assertEquals("1GiB", UnitText.exactBytes(GIB));
        assertEquals("1TiB", UnitText.exactBytes(TIB));
        // The profile grammar stops at TiB: a PiB stays in TiB so a profile can read it back.
        assertEquals("1024TiB", UnitText.exactBytes(1024 * TIB));
        // Decimal sizes have no exact binary form; they stay in bytes.
        assertEquals("1000B", UnitText.exactBytes(1000));
        assertEquals("976562500KiB", UnitText.exactBytes(1_000_000_000_000L));
    }

    @Test
    void exactDurationsUseTheLargestUnitThatDivides() {
        assertEquals("0s", UnitText.exactDuration(Duration.ZERO));
        assertEquals("2s", UnitText.exactDuration(Duration.ofSeconds(2)));
        assertEquals("500ms", UnitText.exactDuration(Duration.ofMillis(500)));
        assertEquals("1500ms", UnitText.exactDuration(Duration.ofMillis(1500)));
        assertEquals("1m", UnitText.exactDuration(Duration.ofSeconds(60)));
        assertEquals("90s", UnitText.exactDuration(Duration.ofSeconds(90)));
        assertEquals("1h", UnitText.exactDuration(Duration.ofHours(1)));
        assertEquals("250us", UnitText.exactDuration(Duration.ofNanos(250_000)));
        assertEquals("1ns", UnitText.exactDuration(Duration.ofNanos(1)));
    }

    @Test
    void humanBytesHaveThreeSignificantDigitsInBinaryUnits() {
        assertEquals("0 B", UnitText.humanBytes(0));
        assertEquals("1 B", UnitText.humanBytes(1));
        assertEquals("1023 B", UnitText.humanBytes(1023));
        assertEquals("1.00 KiB", UnitText.humanBytes(KIB));
        assertEquals("1.50 KiB", UnitText.humanBytes(1536));
        assertEquals("24.0 GiB", UnitText.humanBytes(24 * GIB));
        assertEquals("23.5 GiB", UnitText.humanBytes(24_684_084 * KIB));
        assertEquals("1.00 TiB", UnitText.humanBytes(TIB));
        // A decimal terabyte is 0.909 TiB: shown in GiB, the largest unit below it.
        assertEquals("931 GiB", UnitText.humanBytes(1_000_000_000_000L));
        assertEquals("1023 MiB", UnitText.humanBytes(1023 * MIB));
        // Just below a power rounds up to the next unit instead of "1024 KiB".
        assertEquals("1.00 MiB", UnitText.humanBytes(MIB - 1));
        assertEquals("8.00 EiB", UnitText.humanBytes(Long.MAX_VALUE));
        assertEquals("24.0 GiB", UnitText.humanBytes(24.0 * GIB));
    }

    @Test
    void humanDurationsScaleUnderAMinuteAndCountMinutesAbove() {
        assertEquals("0 s", UnitText.humanDuration(Duration.ZERO));
        assertEquals("1 ns", UnitText.humanDuration(Duration.ofNanos(1)));
        assertEquals("999 ns", UnitText.humanDuration(Duration.ofNanos(999)));
        assertEquals("1.00 µs", UnitText.humanDuration(Duration.ofNanos(1000)));
        assertEquals("12.3 µs", UnitText.humanDuration(Duration.ofNanos(12_345)));
        assertEquals("1.00 ms", UnitText.humanDuration(Duration.ofNanos(999_999)));
        assertEquals("500 ms", UnitText.humanDuration(Duration.ofMillis(500)));
        assertEquals("1.50 s", UnitText.humanDuration(Duration.ofMillis(1500)));
        assertEquals("59.0 s", UnitText.humanDuration(Duration.ofSeconds(59)));
        assertEquals("1m00s", UnitText.humanDuration(Duration.ofSeconds(60)));
        assertEquals("3m05s", UnitText.humanDuration(Duration.ofSeconds(185)));
        assertEquals("1h02m", UnitText.humanDuration(Duration.ofSeconds(3725)));
    }

    @Test
    void negativeValuesAreRejectedNamingTheValue() {
        var bytes = assertThrows(IllegalArgumentException.class, () -> UnitText.exactBytes(-1));
        assertTrue(bytes.getMessage().contains("-1"), bytes.getMessage());
        assertThrows(IllegalArgumentException.class, () -> UnitText.humanBytes(-1));
        assertThrows(IllegalArgumentException.class, () -> UnitText.humanBytes(-0.5));
        assertThrows(IllegalArgumentException.class, () -> UnitText.humanBytes(Double.NaN));
        var span = assertThrows(IllegalArgumentException.class, () -> UnitText.exactDuration(Duration.ofMillis(-5)));
        assertTrue(span.getMessage().contains("PT-0.005S"), span.getMessage());
        assertThrows(IllegalArgumentException.class, () -> UnitText.humanDuration(Duration.ofSeconds(-1)));
    }
}
