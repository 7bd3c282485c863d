package io.benchctl.runtime.baseline.significance;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apache.commons.statistics.descriptive.Mean;
import org.apache.commons.statistics.descriptive.Median;
import org.apache.commons.statistics.descriptive.StandardDeviation;
import org.apiguardian.api.API;

/** Summary figures of one sample array, as the comparison needs them. */
@API(status = INTERNAL, since = "0.1")
public final class Samples {

    private static final Median MEDIAN = Median.withDefaults().withCopy(true);

    private Samples() {}

    /** The median; NaN for an empty array. */
    public static double median(double[] values) {
        return values.length == 0 ? Double.NaN : MEDIAN.evaluate(values);
    }

    /**
     * Coefficient of variation: sample standard deviation over the mean. NaN when it cannot be
     * known (fewer than two values) and 0 for a zero mean, so a constant metric is never "noisy".
     */
    public static double coefficientOfVariation(double[] values) {
        if (values.length < 2) {
            return Double.NaN;
        }
        double mean = Mean.of(values).getAsDouble();
        if (mean == 0) {
            return 0;
        }
        return StandardDeviation.of(values).getAsDouble() / Math.abs(mean);
    }
}
