package io.benchctl.runtime.config;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * Metric patterns as users write them, in {@code [compare.thresholds]} and in {@code --metric}:
 * {@code *} is any run of characters, slashes included ({@code memory/*} is every memory metric),
 * {@code ?} one character, anything else itself.
 */
@API(status = INTERNAL, since = "0.1")
public final class Globs {

    private Globs() {}

    /** The pattern that matches what {@code glob} matches, in full. */
    public static Pattern compile(String glob) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }
}
