package io.benchctl.runtime.measure;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * The MSER-5 steady-state test (White 1997; White, Cobb and Spratt 2000): average the series in
 * batches of {@value #BATCH}, and find the number of leading batches {@code d} whose removal
 * minimises the squared standard error of the remaining batch means,
 * {@code sum((Z_i - mean)^2) / (b - d)^2}. A series whose best truncation point lies in its first
 * half has left its transient: what follows is as steady as the data can tell. One whose best
 * truncation point is in its second half is still trending, and the warm-up goes on; so is one
 * whose best point is the last one searched (only {@value #MIN_TAIL_BATCHES} batches kept), which
 * is where a trend that has not ended puts it however long the series.
 *
 * <p>Why MSER-5 rather than a slope test: it needs no significance level tuned to the noise (a
 * slope test on a noisy host declares "no trend" for lack of power after a handful of points), it
 * looks at the whole series rather than a window, and in Hoad, Robinson and Davies' comparison of
 * 42 warm-up methods (J. Oper. Res. Soc. 2010) it was the most accurate and robust, which is why
 * they automated it.
 */
@API(status = INTERNAL, since = "1.3")
public final class SteadyState {

    /** Observations per batch: the "5" of MSER-5. */
    public static final int BATCH = 5;
    /** Batches the test needs before it may call a series steady (20 observations). */
    public static final int MIN_BATCHES = 4;
    /** Batches always kept after a truncation point, so that a tiny tail cannot win by having no spread. */
    private static final int MIN_TAIL_BATCHES = 2;

    /**
     * @param truncateObservations the observations MSER-5 would drop as transient (a multiple of 5)
     * @param steady whether the truncation point lies in the first half of the series
     */
    public record Verdict(int truncateObservations, boolean steady) {}

    private SteadyState() {}

    /** The test on {@code series}, oldest first; too short a series is never steady. */
    public static Verdict test(double[] series) {
        int batches = series.length / BATCH;
        if (batches < MIN_BATCHES) {
            return new Verdict(0, false);
        }
        double[] means = new double[batches];
        for (int i = 0; i < batches; i++) {
            double sum = 0;
            for (int j = 0; j < BATCH; j++) {
                sum += series[i * BATCH + j];
            }
            means[i] = sum / BATCH;
        }
        int best = 0;
        double bestScore = Double.POSITIVE_INFINITY;
        for (int d = 0; d <= batches - MIN_TAIL_BATCHES; d++) {
            double score = score(means, d);
            if (score < bestScore) {
                bestScore = score;
                best = d;
            }
        }
        boolean atTheEdge = best == batches - MIN_TAIL_BATCHES;
        return new Verdict(best * BATCH, best * 2 <= batches && !atTheEdge);
    }

    private static double score(double[] means, int drop) {
        int kept = means.length - drop;
        double mean = 0;
        for (int i = drop; i < means.length; i++) {
            mean += means[i];
        }
        mean /= kept;
        double squares = 0;
        for (int i = drop; i < means.length; i++) {
            squares += (means[i] - mean) * (means[i] - mean);
        }
        return squares / ((double) kept * kept);
    }
}
