package io.benchctl.history.changepoint;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The window detector against E-divisive written straight from its definition: Q̂ from the
 * pair sums of each split, the split of the largest Q̂ in any piece, t-tested, until one fails.
 */
class EDivisiveReferenceTest {

    @Test
    void findsWhatTheDefinitionFindsOnRandomSeries() {
        SplittableRandom random = new SplittableRandom(20261207);
        for (int trial = 0; trial < 400; trial++) {
            int length = 2 + random.nextInt(30);
            double[] series = new double[length];
            int step = random.nextInt(length);
            for (int i = 0; i < length; i++) {
                double value = 100 + 3 * random.nextGaussian() + (i >= step ? 10 : 0);
                // A quarter of the series are integers: equal pair sums, so ties between splits.
                series[i] = trial % 4 == 0 ? Math.rint(value) : value;
            }
            double maxPValue = trial % 2 == 0 ? 0.05 : 0.5;
            int[] found = new WindowDetector(new Segments(series), length, maxPValue).detect(0, length);
            assertArrayEquals(reference(series, maxPValue), found, "trial " + trial);
        }
    }

    private static int[] reference(double[] z, double maxPValue) {
        Segments segments = new Segments(z);
        List<Integer> bounds = new ArrayList<>(List.of(0, z.length));
        while (true) {
            double best = Double.NEGATIVE_INFINITY;
            int piece = -1;
            int split = -1;
            for (int p = 0; p + 1 < bounds.size(); p++) {
                int s = bounds.get(p);
                int e = bounds.get(p + 1);
                for (int tau = s + 1; tau < e; tau++) {
                    for (int kappa = tau + 1; kappa <= e; kappa++) {
                        double q = qHat(z, s, tau, kappa);
                        if (q > best) {
                            best = q;
                            piece = p;
                            split = tau;
                        }
                    }
                }
            }
            if (piece < 0 || !(segments.pValue(bounds.get(piece), split, bounds.get(piece + 1)) <= maxPValue)) {
                break;
            }
            bounds.add(piece + 1, split);
        }
        return bounds.subList(1, bounds.size() - 1).stream()
                .mapToInt(Integer::intValue)
                .toArray();
    }

    /** Matteson and James' Q̂ of x = z[s, τ) against y = z[τ, κ), with α = 1. */
    private static double qHat(double[] z, int s, int tau, int kappa) {
        int n = tau - s;
        int m = kappa - tau;
        double across = 0;
        for (int i = s; i < tau; i++) {
            for (int j = tau; j < kappa; j++) {
                across += Math.abs(z[i] - z[j]);
            }
        }
        double q = 2.0 / (n + m) * across;
        if (n > 1) {
            q -= (double) (2 * m) / ((n + m) * (n - 1)) * pairSum(z, s, tau);
        }
        if (m > 1) {
            q -= (double) (2 * n) / ((n + m) * (m - 1)) * pairSum(z, tau, kappa);
        }
        return q;
    }

    private static double pairSum(double[] z, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            for (int j = i + 1; j < to; j++) {
                sum += Math.abs(z[i] - z[j]);
            }
        }
        return sum;
    }
}
