package io.benchctl.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DurationsTest {

    @Test
    void shortFormsAndIsoDurationsAreRead() {
        assertEquals(Duration.ofSeconds(45), Durations.parse("--x", "45s"));
        assertEquals(Duration.ofMinutes(30), Durations.parse("--x", "30m"));
        assertEquals(Duration.ofHours(12), Durations.parse("--x", "12h"));
        assertEquals(Duration.ofDays(90), Durations.parse("--x", "90d"));
        assertEquals(Duration.ofDays(14), Durations.parse("--x", "2W"));
        assertEquals(Duration.ofHours(36), Durations.parse("--x", "PT36H"));
    }

    @Test
    void anInstantOrAnAgeBackFromNow() {
        Instant now = Instant.parse("2026-12-07T12:00:00Z");
        assertEquals(
                Instant.parse("2026-12-01T00:00:00Z"), Durations.instantOrAgo("--since", "2026-12-01T00:00:00Z", now));
        assertEquals(Instant.parse("2026-11-30T12:00:00Z"), Durations.instantOrAgo("--since", "7d", now));
    }

    @Test
    void anythingElseNamesTheOptionAndTheValue() {
        for (String bad : new String[] {"soon", "7 days", "-3d", "99999999999999999999d", "1y"}) {
            UserException e = assertThrows(UserException.class, () -> Durations.parse("--older-than", bad));
            assertEquals(ExitCodes.USAGE, e.exitCode());
            assertEquals(
                    "--older-than '" + bad + "' is not a duration (e.g. 90d, 12h, 30m, 2w or PT12H)", e.getMessage());
        }
    }
}
