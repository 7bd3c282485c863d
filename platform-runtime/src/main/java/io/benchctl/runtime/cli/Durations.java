package io.benchctl.runtime.cli;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the ages that {@code history} options take: {@code 90d}, {@code 12h}, {@code 2w}, {@code P30D}. */
final class Durations {

    private static final Pattern SHORT = Pattern.compile("(\\d+)\\s*([smhdw])");

    private Durations() {}

    /**
     * A duration as {@code <number><unit>} (s, m, h, d, w) or ISO-8601 ({@code PT12H}).
     *
     * @throws UserException naming the option and the value when it is neither
     */
    static Duration parse(String option, String value) {
        Matcher matcher = SHORT.matcher(value.strip().toLowerCase(Locale.ROOT));
        try {
            if (matcher.matches()) {
                long amount = Long.parseLong(matcher.group(1));
                return switch (matcher.group(2)) {
                    case "s" -> Duration.ofSeconds(amount);
                    case "m" -> Duration.ofMinutes(amount);
                    case "h" -> Duration.ofHours(amount);
                    case "d" -> Duration.ofDays(amount);
                    default -> Duration.ofDays(Math.multiplyExact(amount, 7));
                };
            }
            return Duration.parse(value.strip());
        } catch (DateTimeException | ArithmeticException | NumberFormatException e) {
            throw new UserException(
                    ExitCodes.USAGE, option + " '" + value + "' is not a duration (e.g. 90d, 12h, 30m, 2w or PT12H)");
        }
    }

    /** An ISO-8601 instant, or a duration back from {@code now}. */
    static Instant instantOrAgo(String option, String value, Instant now) {
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeException e) {
            return now.minus(parse(option, value));
        }
    }
}
