package io.benchctl.history.changepoint;

import java.util.Arrays;

/**
 * E-divisive means (Matteson and James) inside one window, with a t-test instead of their
 * permutation test, as Apache Otava does: split the window where the energy statistic Q̂ of the
 * two sides peaks, test the split, and go on splitting the pieces until the best split of any
 * piece is not significant.
 *
 * <p>For a piece {@code [s, e)} split at τ, with the right side cut at κ ≤ e,
 * <pre>
 *   Q̂(τ, κ) = 2/(n+m) · Σ|x−y|  −  2m/((n+m)(n−1)) · Σ|x−x'|  −  2n/((n+m)(m−1)) · Σ|y−y'|
 * </pre>
 * with n = τ − s runs x on the left, m = κ − τ runs y on the right, sums over pairs, and a
 * within-side term of zero for a side of one run. The split point is the τ of the largest Q̂
 * over all τ and κ; κ only lets a change show even when a later one follows it in the piece.
 *
 * <p>All three sums come from one table of within-segment sums W(i, j) = Σ |z_a − z_b| over
 * i ≤ a < b < j, built in O(w²) per window: the pairs across τ are W(s, κ) − W(τ, κ) − W(s, τ).
 * Not thread-safe (it reuses its table); one per analysis.
 */
final class WindowDetector {

    private final Segments segments;
    private final double maxPValue;
    private final int stride;
    /** W(i, j) at {@code i * stride + j}, for window-relative 0 ≤ i ≤ j ≤ window. */
    private final double[] withinSums;

    WindowDetector(Segments segments, int window, double maxPValue) {
        this.segments = segments;
        this.maxPValue = maxPValue;
        this.stride = window + 1;
        this.withinSums = new double[stride * stride];
    }

    /** The change points in runs {@code start..end} (absolute indices, ascending). */
    int[] detect(int start, int end) {
        fillWithinSums(start, end);
        int length = end - start;
        // Piece boundaries, window-relative and ascending: 0, the change points found, length.
        int[] bounds = {0, length};
        // The best split of each piece, kept until the piece itself is split.
        Candidate[] candidates = {bestSplit(0, length)};
        while (true) {
            int piece = strongest(candidates);
            if (piece < 0) {
                break;
            }
            int split = candidates[piece].index();
            int from = bounds[piece];
            int to = bounds[piece + 1];
            if (!(segments.pValue(start + from, start + split, start + to) <= maxPValue)) {
                // Otava stops at the first split that fails, even if a weaker one elsewhere would pass.
                break;
            }
            bounds = insert(bounds, piece + 1, split);
            candidates = replace(candidates, piece, bestSplit(from, split), bestSplit(split, to));
        }
        int[] found = Arrays.copyOfRange(bounds, 1, bounds.length - 1);
        for (int i = 0; i < found.length; i++) {
            found[i] += start;
        }
        return found;
    }

    private void fillWithinSums(int start, int end) {
        double[] z = segments.series();
        int length = end - start;
        for (int i = 0; i <= length; i++) {
            withinSums[i * stride + i] = 0;
        }
        // W(i, j + 1) = W(i, j) + Σ_{i ≤ a < j} |z_a − z_j|: add run j to every segment ending at it.
        for (int j = 0; j < length; j++) {
            double toJ = 0;
            for (int i = j; i >= 0; i--) {
                if (i < j) {
                    toJ += Math.abs(z[start + i] - z[start + j]);
                }
                withinSums[i * stride + j + 1] = withinSums[i * stride + j] + toJ;
            }
        }
    }

    private double within(int from, int to) {
        return withinSums[from * stride + to];
    }

    /**
     * The τ of the largest Q̂ in the piece {@code [s, e)}, or null for a piece of one run. Ties
     * go to the smallest τ (then κ), as numpy's argmax over Otava's matrix does. The expression
     * keeps Otava's grouping, so that integer data (whose sums are exact) gives the same Q̂ to
     * the last bit and so the same tie-breaks.
     */
    private Candidate bestSplit(int s, int e) {
        if (e - s < 2) {
            return null;
        }
        double best = Double.NEGATIVE_INFINITY;
        int bestTau = -1;
        for (int tau = s + 1; tau < e; tau++) {
            int n = tau - s;
            double left = within(s, tau);
            for (int kappa = tau + 1; kappa <= e; kappa++) {
                int m = kappa - tau;
                double right = within(tau, kappa);
                double across = (within(s, kappa) - right) - left;
                double q = 2.0 / (kappa - s) * across;
                if (n > 1) {
                    q -= (double) (2 * m) / ((kappa - s) * (n - 1)) * left;
                }
                if (m > 1) {
                    q -= (double) (2 * n) / ((kappa - s) * (m - 1)) * right;
                }
                if (q > best) {
                    best = q;
                    bestTau = tau;
                }
            }
        }
        return new Candidate(bestTau, best);
    }

    /** The piece whose candidate has the largest Q̂ (the first on ties), or -1 if none has one. */
    private static int strongest(Candidate[] candidates) {
        int best = -1;
        for (int i = 0; i < candidates.length; i++) {
            if (candidates[i] != null && (best < 0 || candidates[i].qHat() > candidates[best].qHat())) {
                best = i;
            }
        }
        return best;
    }

    private static int[] insert(int[] values, int at, int value) {
        int[] result = new int[values.length + 1];
        System.arraycopy(values, 0, result, 0, at);
        result[at] = value;
        System.arraycopy(values, at, result, at + 1, values.length - at);
        return result;
    }

    private static Candidate[] replace(Candidate[] candidates, int at, Candidate left, Candidate right) {
        Candidate[] result = new Candidate[candidates.length + 1];
        System.arraycopy(candidates, 0, result, 0, at);
        result[at] = left;
        result[at + 1] = right;
        System.arraycopy(candidates, at + 1, result, at + 2, candidates.length - at - 1);
        return result;
    }

    /** A split point (window-relative) and its Q̂. */
    private record Candidate(int index, double qHat) {}
}
