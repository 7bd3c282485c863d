package io.benchctl.runtime.fleet;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.benchctl.api.Better;
import io.benchctl.runtime.baseline.significance.RankTests;
import io.benchctl.runtime.baseline.significance.Samples;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apiguardian.api.API;

/**
 * When a host is an outlier of its group on one metric. Both must hold:
 *
 * <ol>
 *   <li>robust: its median lies beyond the group median ± k · 1.4826 · MAD of the group's host
 *       medians, on the side that is worse for the metric (below for higher-is-better, above
 *       for lower-is-better); the MAD ignores the outlier's own pull, unlike a standard deviation;
 *   <li>significant: a two-sided Mann–Whitney U test of its per-iteration samples against the
 *       pooled samples of the group's other hosts gives p below alpha, so a host that is merely
 *       noisy on a tight fleet is not named.
 * </ol>
 *
 * A group of fewer than {@link Groups#MIN_HOSTS_FOR_OUTLIERS} hosts has no outliers.
 *
 * @param k the multiple of the scaled MAD (default 3)
 * @param alpha the significance level (default 0.01)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record OutlierRule(double k, double alpha) {

    public static final double DEFAULT_K = 3;
    public static final double DEFAULT_ALPHA = 0.01;

    /** One host's figures of one metric. */
    record Figure(String host, double median, double[] samples) {}

    /** A host that is an outlier, with the limit it crossed and the test's p-value. */
    record Verdict(Figure figure, double groupMedian, double limit, double pValue) {}

    public OutlierRule {
        if (!(k > 0) || !(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException(
                    "k must be positive and alpha within (0, 1), got k=" + k + ", alpha=" + alpha);
        }
    }

    List<Verdict> judge(List<Figure> group, Better better) {
        if (group.size() < Groups.MIN_HOSTS_FOR_OUTLIERS) {
            return List.of();
        }
        double[] medians = group.stream().mapToDouble(Figure::median).toArray();
        double groupMedian = Samples.median(medians);
        double reach = k * Spreads.MAD_TO_SIGMA * Spreads.mad(medians, groupMedian);
        double limit = better == Better.HIGHER ? groupMedian - reach : groupMedian + reach;
        List<Verdict> verdicts = new ArrayList<>();
        for (Figure figure : group) {
            boolean worse = better == Better.HIGHER ? figure.median() < limit : figure.median() > limit;
            if (!worse) {
                continue;
            }
            RankTests.Outcome test = RankTests.run(pooledOthers(group, figure), figure.samples());
            if (test != null && test.mannWhitneyP() < alpha) {
                verdicts.add(new Verdict(figure, groupMedian, limit, test.mannWhitneyP()));
            }
        }
        return verdicts;
    }

    private static double[] pooledOthers(List<Figure> group, Figure host) {
        return group.stream()
                .filter(other -> other != host)
                .flatMapToDouble(other -> Arrays.stream(other.samples()))
                .toArray();
    }
}
