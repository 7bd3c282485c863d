package io.benchctl.runtime.baseline;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.benchctl.runtime.config.Globs;
import java.util.List;
import org.apiguardian.api.API;

/**
 * When a change counts: the global threshold, per-metric overrides, the PSI limit and the
 * significance level.
 *
 * @param globalPercent a change of the median beyond this (in percent) can be a regression
 * @param psiLimit a histogram PSI above this is a significant shift of the distribution
 * @param alpha the significance level of the Mann–Whitney U test
 * @param overrides per-metric thresholds; the first whose pattern matches a metric key wins
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Thresholds(double globalPercent, double psiLimit, double alpha, List<Override> overrides) {

    /** Defaults: 5 %, PSI 0.25 (the customary "major shift" mark), alpha 0.05. */
    public static final Thresholds DEFAULTS = new Thresholds(5, 0.25, 0.05, List.of());

    /**
     * A threshold for the metrics whose key matches a glob pattern: {@code *} is any run of
     * characters (slashes included: {@code memory/*} is every memory metric), {@code ?} one.
     */
    public record Override(String pattern, double percent) {
        boolean matches(String metricKey) {
            return Globs.compile(pattern).matcher(metricKey).matches();
        }
    }

    /** The threshold in percent for one metric key. */
    public double percentFor(String metricKey) {
        return overrides.stream()
                .filter(o -> o.matches(metricKey))
                .findFirst()
                .map(Override::percent)
                .orElse(globalPercent);
    }

    /**
     * Parses a percentage as users write it: {@code "5%"}, {@code "5"} or {@code 5} all mean 5 %.
     *
     * @throws IllegalArgumentException when it is not a number above 0
     */
    public static double parsePercent(String text) {
        String trimmed = text.strip();
        String number = trimmed.endsWith("%")
                ? trimmed.substring(0, trimmed.length() - 1).strip()
                : trimmed;
        double percent;
        try {
            percent = Double.parseDouble(number);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected a percentage like \"5%\", found \"" + text + "\"");
        }
        if (!(percent > 0) || Double.isInfinite(percent)) {
            throw new IllegalArgumentException("expected a percentage above 0, found \"" + text + "\"");
        }
        return percent;
    }
}
