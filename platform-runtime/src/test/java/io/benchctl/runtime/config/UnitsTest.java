package io.benchctl.runtime.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.benchctl.api.format.UnitText;
import java.time.Duration;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UnitsTest {

    @ParameterizedTest
    @CsvSource({
        "250ms, 250000000",
        "2s, 2000000000",
        "1m, 60000000000",
        "1h, 3600000000000",
        "1.5s, 1500000000",
        "10us, 10000",
        "5ns, 5",
        "0s, 0",
        "0.25ms, 250000"
    })
    void parsesDurations(String text, long nanos) {
        assertEquals(Duration.ofNanos(nanos), Units.parseDuration(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2x", "", "s", "-1s", "1 s", "1.s", "1S", "1sec", "5"})
    void rejectsMalformedDurationsNamingTheAcceptedForms(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Units.parseDuration(text));
        assertTrue(e.getMessage().startsWith("'" + text + "' is not a duration"), e.getMessage());
        assertTrue(e.getMessage().contains("250ms"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({
        "4KiB, 4096",
        "1MiB, 1048576",
        "1GiB, 1073741824",
        "1TiB, 1099511627776",
        "1KB, 1000",
        "2MB, 2000000",
        "512, 512",
        "512B, 512",
        "0, 0",
        "1.5KiB, 1536"
    })
    void parsesSizes(String text, long bytes) {
        assertEquals(bytes, Units.parseBytes(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"4kib", "2x", "", "-1KiB", "1.5.2KiB", "KiB", "4 KiB", "1Gb"})
    void rejectsMalformedSizesNamingTheAcceptedForms(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Units.parseBytes(text));
        assertTrue(e.getMessage().contains("4KiB, 1MiB, 1GiB"), e.getMessage());
    }

    @org.junit.jupiter.api.Test
    void sizesBeyondALongAreRejectedNotWrapped() {
        assertThrows(IllegalArgumentException.class, () -> Units.parseBytes("9999999TiB"));
        assertThrows(IllegalArgumentException.class, () -> Units.parseDuration("99999999999h"));
    }

    @ParameterizedTest
    @CsvSource({"1073741824, 1GiB", "1536, 1536B", "1000, 1000B", "4096, 4KiB", "0, 0B", "1024000, 1000KiB"})
    void theExactSizeFormIsTheProfileForm(long bytes, String text) {
        assertEquals(text, UnitText.exactBytes(bytes));
    }

    @ParameterizedTest
    @CsvSource({"1500000000, 1500ms", "60000000000, 1m", "0, 0s", "7, 7ns", "7200000000000, 2h"})
    void theExactDurationFormIsTheProfileForm(long nanos, String text) {
        assertEquals(text, UnitText.exactDuration(Duration.ofNanos(nanos)));
    }

    @Property(tries = 500)
    void formattedDurationsParseBack(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long nanos) {
        assertEquals(Duration.ofNanos(nanos), Units.parseDuration(UnitText.exactDuration(Duration.ofNanos(nanos))));
    }

    @Property(tries = 500)
    void formattedSizesParseBack(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long bytes) {
        assertEquals(bytes, Units.parseBytes(UnitText.exactBytes(bytes)));
    }
}
