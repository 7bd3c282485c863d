package io.benchctl.runtime.config;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Collection;
import java.util.Locale;
import org.apiguardian.api.API;

/** "Did you mean ...?": the valid name closest to a misspelt one, by Damerau-Levenshtein distance. */
@API(status = INTERNAL, since = "1.0")
public final class NearestName {

    /** Longer "names" are pasted garbage, not typos; and the distance is quadratic in length. */
    private static final int MAX_NAME_LENGTH = 64;

    private NearestName() {}

    /**
     * The candidate nearest to {@code input}, or null when none is close enough to be a plausible
     * misspelling (a third of the name's length, at least one and at most three edits).
     */
    public static String of(String input, Collection<String> candidates) {
        if (input.length() > MAX_NAME_LENGTH) {
            return null;
        }
        String lowerInput = input.toLowerCase(Locale.ROOT);
        int allowed = Math.clamp(input.length() / 3, 1, 3);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = distance(lowerInput, candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return bestDistance <= allowed ? best : null;
    }

    /** "; did you mean 'x'?" when a candidate is close, else the list of valid names. */
    public static String hint(String input, Collection<String> candidates) {
        String nearest = of(input, candidates);
        return nearest != null ? "; did you mean '" + nearest + "'?" : "; valid: " + String.join(", ", candidates);
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions, transpositions. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
