package io.benchctl.runtime.baseline.significance;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * Population Stability Index between two distributions given as bucket fractions:
 * {@code PSI = sum((actual_i - expected_i) * ln(actual_i / expected_i))}. By the usual rule of
 * thumb below 0.1 is no shift, 0.1 to 0.25 a moderate one and above 0.25 a major one.
 */
@API(status = INTERNAL, since = "0.1")
public final class PopulationStability {

    /**
     * Floor for an empty bucket's fraction: without it one empty bucket makes the index infinite.
     * 1e-4 (0.01 %) is the customary choice; it caps one empty bucket's term near {@code f * 9.2}.
     */
    static final double EMPTY_BUCKET_FRACTION = 1e-4;

    private PopulationStability() {}

    /**
     * @param expected bucket fractions of the baseline (summing to 1)
     * @param actual bucket fractions of the current run, over the same buckets
     */
    public static double index(double[] expected, double[] actual) {
        if (expected.length != actual.length) {
            throw new IllegalArgumentException("bucket counts differ: " + expected.length + " vs " + actual.length);
        }
        double sum = 0;
        for (int i = 0; i < expected.length; i++) {
            double e = Math.max(expected[i], EMPTY_BUCKET_FRACTION);
            double a = Math.max(actual[i], EMPTY_BUCKET_FRACTION);
            sum += (a - e) * Math.log(a / e);
        }
        return sum;
    }
}
