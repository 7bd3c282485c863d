package io.benchctl.runtime.config;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * The human strings of profiles: durations ({@code 250ms}, {@code 2s}, {@code 1m}, {@code 1h})
 * and sizes ({@code 4KiB}, {@code 1MiB}, {@code 1GiB}; {@code 1KB} = 1000; a plain integer is a
 * number of bytes).
 *
 * <p>The exact text of a size or duration, the form these parse back, is
 * {@link io.benchctl.api.format.UnitText}'s.
 *
 * <p>The regular expressions are published so that schemas use the very same grammar; the
 * profile loader recognises them in schema errors and explains the accepted forms.
 */
@API(status = INTERNAL, since = "1.0")
public final class Units {

    /** A duration, zero allowed. */
    public static final String DURATION_PATTERN = "^[0-9]+(\\.[0-9]+)?(ns|us|ms|s|m|h)$";

    /** A duration greater than zero (a non-zero digit somewhere before the unit). */
    public static final String POSITIVE_DURATION_PATTERN = "^(?=[0-9.]*[1-9])[0-9]+(\\.[0-9]+)?(ns|us|ms|s|m|h)$";

    /** A duration (zero allowed), or {@code auto} ({@code run.warmup}). */
    public static final String DURATION_OR_AUTO_PATTERN = "^([0-9]+(\\.[0-9]+)?(ns|us|ms|s|m|h)|auto)$";

    /** A percentage greater than 0 and below 100, or {@code off} ({@code run.target_ci}). */
    public static final String PERCENT_OR_OFF_PATTERN = "^((?=[0-9.]*[1-9])[0-9]{1,2}(\\.[0-9]+)?%|off)$";

    /** What the user is told when a percentage or {@code off} does not parse. */
    public static final String PERCENT_OR_OFF_FORMS =
            "a percentage such as 2% or 0.5% (above 0, below 100), or \"off\"";

    /** A size, zero allowed. */
    public static final String SIZE_PATTERN = "^[0-9]+(\\.[0-9]+)?(B|KB|MB|GB|TB|KiB|MiB|GiB|TiB)?$";

    /** A size greater than zero. */
    public static final String POSITIVE_SIZE_PATTERN =
            "^(?=[0-9.]*[1-9])[0-9]+(\\.[0-9]+)?(B|KB|MB|GB|TB|KiB|MiB|GiB|TiB)?$";

    /** What the user is told when a duration does not parse. */
    public static final String DURATION_FORMS =
            "a duration: a number and a unit, such as 250ms, 2s, 1.5s, 1m, 1h (units ns, us, ms, s, m, h)";

    /** What the user is told when a size does not parse. */
    public static final String SIZE_FORMS = "a size such as 4KiB, 1MiB, 1GiB, 1KB (= 1000 bytes), 512B"
            + " or a plain number of bytes (units B, KB, MB, GB, TB, KiB, MiB, GiB, TiB)";

    private static final Pattern DURATION = Pattern.compile(DURATION_PATTERN);
    private static final Pattern SIZE = Pattern.compile(SIZE_PATTERN);

    private static final String[] DURATION_UNITS = {"h", "m", "s", "ms", "us", "ns"};
    private static final long[] DURATION_UNIT_NANOS = {
        3_600_000_000_000L, 60_000_000_000L, 1_000_000_000L, 1_000_000L, 1_000L, 1L
    };
    private static final String[] SIZE_UNITS = {"TiB", "GiB", "MiB", "KiB", "TB", "GB", "MB", "KB", "B"};
    private static final long[] SIZE_UNIT_BYTES = {
        1L << 40, 1L << 30, 1L << 20, 1L << 10, 1_000_000_000_000L, 1_000_000_000L, 1_000_000L, 1_000L, 1L
    };

    private Units() {}

    /**
     * Parses a duration string.
     *
     * @throws IllegalArgumentException naming the text and the accepted forms
     */
    public static Duration parseDuration(String text) {
        Matcher m = text == null ? null : DURATION.matcher(text.strip());
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not " + DURATION_FORMS);
        }
        String number = text.strip().substring(0, m.start(2));
        long nanos = scale(number, unitValue(m.group(2), DURATION_UNITS, DURATION_UNIT_NANOS), text);
        return Duration.ofNanos(nanos);
    }

    /**
     * Parses a size string into bytes.
     *
     * @throws IllegalArgumentException naming the text and the accepted forms
     */
    public static long parseBytes(String text) {
        Matcher m = text == null ? null : SIZE.matcher(text.strip());
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not " + SIZE_FORMS);
        }
        String unit = m.group(2) == null ? "B" : m.group(2);
        String number = m.group(2) == null ? text.strip() : text.strip().substring(0, m.start(2));
        return scale(number, unitValue(unit, SIZE_UNITS, SIZE_UNIT_BYTES), text);
    }

    private static long unitValue(String unit, String[] units, long[] values) {
        for (int i = 0; i < units.length; i++) {
            if (units[i].equals(unit)) {
                return values[i];
            }
        }
        throw new AssertionError("pattern admits only known units: " + unit);
    }

    /** number × unit, exact to the smallest unit (fractions below it are rounded). */
    private static long scale(String number, long unitValue, String text) {
        BigDecimal value = new BigDecimal(number).multiply(BigDecimal.valueOf(unitValue));
        try {
            return value.setScale(0, RoundingMode.HALF_UP).longValueExact();
        } catch (ArithmeticException tooLarge) {
            throw new IllegalArgumentException("'" + text + "' is too large", tooLarge);
        }
    }
}
