package io.benchctl.history.changepoint;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.benchctl.api.Better;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Finds the change points of one metric's series, the way Apache Otava does (its
 * {@code compute_change_points}):
 * <ol>
 *   <li><b>Split.</b> Windows of {@link ChangePointOptions#window()} runs slide over the series
 *       by half a window, or to the last change point found when that is further. In each,
 *       E-divisive means proposes splits and a t-test at a lax level accepts them: the "weak"
 *       change points. Windows, unlike one pass over the whole series, keep an early shift
 *       from being drowned by later ones and make the cost linear in the length.
 *   <li><b>Merge.</b> All weak points are tested against their neighbours over the whole
 *       series, and dropped one by one until the rest pass {@link ChangePointOptions#maxPValue()}
 *       and {@link ChangePointOptions#minMagnitude()}.
 * </ol>
 * Deterministic: no permutation test, no randomness. Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ChangePointDetector {

    private final ChangePointOptions options;

    public ChangePointDetector(ChangePointOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    public ChangePointOptions options() {
        return options;
    }

    /**
     * Analyses the whole series.
     *
     * @param series one value per run, oldest first; every value finite
     * @param better which direction of the metric is an improvement
     * @throws IllegalArgumentException naming the run whose value is not finite
     */
    public Analysis analyze(double[] series, Better better) {
        requireFinite(series, 0);
        return run(series, better, List.of(), 0, List.of());
    }

    /**
     * Analyses a series that grew since {@code previous} was computed, recomputing only the
     * windows that reached its old end: the same result as {@link #analyze} on the whole series.
     *
     * @param previous the analysis of the first {@code previous.state().length()} runs
     * @param series the whole series, whose first runs are the ones analysed before (if an old
     *     value changed, call {@link #analyze} instead)
     * @throws IllegalArgumentException if {@code previous} was computed with other options or
     *     over a longer series, or a new value is not finite
     */
    public Analysis extend(Analysis previous, double[] series, Better better) {
        AnalysisState state = previous.state();
        if (!state.options().equals(options)) {
            throw new IllegalArgumentException(
                    "the analysis state was computed with " + state.options() + ", not " + options);
        }
        if (series.length < state.length()) {
            throw new IllegalArgumentException(
                    "the series has " + series.length + " runs, fewer than the " + state.length() + " analysed before");
        }
        List<AnalysisState.Window> windows = state.windows();
        int kept = windows.size();
        // Windows cut short by the old end see new runs now; everything from the first such is redone.
        while (kept > 0 && windows.get(kept - 1).start() + options.window() > state.length()) {
            kept--;
        }
        int resume = kept < windows.size() ? windows.get(kept).start() : nextStart(windows);
        requireFinite(series, state.length());
        return run(series, better, windows.subList(0, kept), resume, previous.changePoints());
    }

    private Analysis run(
            double[] series, Better better, List<AnalysisState.Window> kept, int start, List<ChangePoint> previous) {
        Objects.requireNonNull(better, "better");
        Segments segments = new Segments(series);
        List<AnalysisState.Window> windows = new ArrayList<>(kept);
        WindowDetector detector = new WindowDetector(segments, options.window(), options.windowPValue());
        while (start < series.length) {
            int[] found = detector.detect(start, Math.min(start + options.window(), series.length));
            windows.add(
                    new AnalysisState.Window(start, Arrays.stream(found).boxed().toList()));
            start = nextStart(windows);
        }
        int[] survivors = Merge.survivors(segments, options, weakPoints(windows));
        return new Analysis(
                PointStatistics.describe(segments, survivors, better, previous),
                new AnalysisState(options, series.length, windows));
    }

    /** Half a window on, or the last change point of the last window if that is further. */
    private int nextStart(List<AnalysisState.Window> windows) {
        if (windows.isEmpty()) {
            return 0;
        }
        AnalysisState.Window last = windows.getLast();
        int lastPoint = last.changePoints().isEmpty() ? 0 : last.changePoints().getLast();
        return Math.max(lastPoint, last.start() + options.window() / 2);
    }

    /** The union of the windows' change points (overlapping windows find some twice), ascending. */
    private static int[] weakPoints(List<AnalysisState.Window> windows) {
        return windows.stream()
                .flatMap(window -> window.changePoints().stream())
                .mapToInt(Integer::intValue)
                .sorted()
                .distinct()
                .toArray();
    }

    /** Runs before {@code from} were checked by the analysis that saw them. */
    private static void requireFinite(double[] series, int from) {
        for (int i = from; i < series.length; i++) {
            if (!Double.isFinite(series[i])) {
                throw new IllegalArgumentException(
                        "run " + i + " of the series has the value " + series[i] + "; every run needs a finite value");
            }
        }
    }
}
