package io.benchctl.api.format;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * The two text forms of a byte count and of a duration.
 *
 * <ul>
 *   <li><b>Exact</b>, what a profile accepts back unchanged: the largest unit that divides the
 *       value, no space ({@code 4KiB}, {@code 1536B}, {@code 256MiB}, {@code 2s}, {@code 500ms},
 *       {@code 0B}, {@code 0s}). Sizes use binary units up to TiB, durations {@code h m s ms us ns}.
 *   <li><b>Human</b>, for messages and reports: three significant digits, rounded half-up,
 *       integer digits never dropped, a space before the unit. Sizes in binary units
 *       ({@code 1023 B}, {@code 1.00 KiB}, {@code 24.0 GiB}); durations in ns, µs, ms or s under a
 *       minute ({@code 12.3 µs}, {@code 1.50 s}, {@code 0 s}) and in minutes and seconds or hours and minutes
 *       above ({@code 3m05s}, {@code 1h02m}), truncated.
 * </ul>
 *
 * Negative sizes and durations have no meaning here and are rejected.
 */
@API(status = EXPERIMENTAL, since = "1.0")
public final class UnitText {

    private static final String[] SIZE_UNITS = {"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
    /** Units the profile grammar accepts: the exact form stops at TiB. */
    private static final int EXACT_SIZE_UNITS = 5;

    private static final String[] DURATION_UNITS = {"h", "m", "s", "ms", "us", "ns"};
    private static final long[] DURATION_UNIT_NANOS = {
        3_600_000_000_000L, 60_000_000_000L, 1_000_000_000L, 1_000_000L, 1_000L, 1L
    };
    private static final String[] HUMAN_TIME_UNITS = {"ns", "µs", "ms", "s"};
    private static final int SIGNIFICANT_DIGITS = 3;

    private UnitText() {}

    /** {@code bytes} in the largest binary unit up to TiB that divides it: {@code 4KiB}, {@code 1536B}. */
    public static String exactBytes(long bytes) {
        requireNonNegative(bytes, "byte count");
        long value = bytes;
        int unit = 0;
        while (unit < EXACT_SIZE_UNITS - 1 && value != 0 && value % 1024 == 0) {
            value /= 1024;
            unit++;
        }
        return value + SIZE_UNITS[unit];
    }

    /** {@code span} in the largest unit that divides it: {@code 2s}, {@code 1500ms}, {@code 0s}. */
    public static String exactDuration(Duration span) {
        long nanos = requireNonNegative(span).toNanos();
        if (nanos == 0) {
            return "0s";
        }
        int unit = 0;
        while (nanos % DURATION_UNIT_NANOS[unit] != 0) {
            unit++;
        }
        return nanos / DURATION_UNIT_NANOS[unit] + DURATION_UNITS[unit];
    }

    /** {@code bytes} for people: {@code 0 B}, {@code 1023 B}, {@code 1.50 KiB}, {@code 24.0 GiB}. */
    public static String humanBytes(long bytes) {
        requireNonNegative(bytes, "byte count");
        if (bytes < 1024) {
            return bytes + " B";
        }
        int unit = (63 - Long.numberOfLeadingZeros(bytes)) / 10;
        BigDecimal scaled = BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1L << (10 * unit)));
        BigDecimal rounded = significant(scaled);
        if (rounded.compareTo(BigDecimal.valueOf(1024)) >= 0) {
            // 1023.9 KiB rounds to 1024: say 1.00 MiB instead.
            unit++;
            rounded = significant(scaled.divide(BigDecimal.valueOf(1024)));
        }
        return rounded.toPlainString() + " " + SIZE_UNITS[unit];
    }

    /**
     * {@code bytes} for people, for sizes reported as floating-point figures (host facts read from
     * JSON); fractions of a byte are rounded.
     */
    public static String humanBytes(double bytes) {
        if (!Double.isFinite(bytes) || bytes < 0) {
            throw new IllegalArgumentException("a byte count must be finite and not negative: " + bytes);
        }
        return humanBytes(Math.round(bytes));
    }

    /** {@code span} for people: {@code 850 ns}, {@code 12.3 µs}, {@code 1.50 s}, {@code 3m05s}, {@code 1h02m}. */
    public static String humanDuration(Duration span) {
        long seconds = requireNonNegative(span).toSeconds();
        if (seconds >= 3600) {
            return String.format(Locale.ROOT, "%dh%02dm", seconds / 3600, seconds % 3600 / 60);
        }
        if (seconds >= 60) {
            return String.format(Locale.ROOT, "%dm%02ds", seconds / 60, seconds % 60);
        }
        long nanos = span.toNanos();
        if (nanos == 0) {
            return "0 s";
        }
        if (nanos < 1000) {
            return nanos + " ns";
        }
        int unit = nanos < 1_000_000 ? 1 : nanos < 1_000_000_000 ? 2 : 3;
        BigDecimal scaled = BigDecimal.valueOf(nanos).movePointLeft(3 * unit);
        BigDecimal rounded = significant(scaled);
        if (unit < 3 && rounded.compareTo(BigDecimal.valueOf(1000)) >= 0) {
            // 999.96 µs rounds to 1000: say 1.00 ms instead.
            unit++;
            rounded = significant(scaled.movePointLeft(3));
        }
        return rounded.toPlainString() + " " + HUMAN_TIME_UNITS[unit];
    }

    /** Three significant digits, but never fewer than the integer digits ({@code 1023}). */
    private static BigDecimal significant(BigDecimal value) {
        int integerDigits = value.precision() - value.scale();
        int decimals = Math.max(0, SIGNIFICANT_DIGITS - Math.max(1, integerDigits));
        return value.setScale(decimals, RoundingMode.HALF_UP);
    }

    private static long requireNonNegative(long value, String what) {
        if (value < 0) {
            throw new IllegalArgumentException("a " + what + " cannot be negative: " + value);
        }
        return value;
    }

    private static Duration requireNonNegative(Duration span) {
        if (span.isNegative()) {
            throw new IllegalArgumentException("a duration cannot be negative: " + span);
        }
        return span;
    }
}
