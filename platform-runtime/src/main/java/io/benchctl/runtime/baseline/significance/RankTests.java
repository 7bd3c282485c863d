package io.benchctl.runtime.baseline.significance;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apache.commons.statistics.inference.KolmogorovSmirnovTest;
import org.apache.commons.statistics.inference.MannWhitneyUTest;
import org.apiguardian.api.API;

/**
 * The distribution-free two-sample tests of a comparison, from Commons Statistics: Mann–Whitney U
 * (did the location move?) and two-sample Kolmogorov–Smirnov (did the shape move?). Both are
 * two-sided; with the few iterations a run has, the exact p-values are used where the library
 * can compute them.
 */
@API(status = INTERNAL, since = "0.1")
public final class RankTests {

    /** The outcome of both tests on one pair of samples. */
    public record Outcome(double mannWhitneyU, double mannWhitneyP, double ksStatistic, double ksP) {}

    private static final MannWhitneyUTest MANN_WHITNEY = MannWhitneyUTest.withDefaults();
    private static final KolmogorovSmirnovTest KOLMOGOROV_SMIRNOV = KolmogorovSmirnovTest.withDefaults();

    private RankTests() {}

    /** Null when either sample is empty (neither test is defined). */
    public static Outcome run(double[] baseline, double[] current) {
        if (baseline.length == 0 || current.length == 0) {
            return null;
        }
        MannWhitneyUTest.Result u = MANN_WHITNEY.test(current, baseline);
        KolmogorovSmirnovTest.TwoResult ks = KOLMOGOROV_SMIRNOV.test(current, baseline);
        return new Outcome(u.getStatistic(), u.getPValue(), ks.getStatistic(), ks.getPValue());
    }
}
