package io.benchctl.history.changepoint;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What an analysis keeps so that adding runs costs a few windows instead of a full pass: the
 * options, how many runs it saw, and each window it ran with the weak change points that window
 * found. A window that ended before the last run is final (its runs never change); the windows
 * that reached the end are run again over the longer series, and so are any new ones after them.
 * That makes extending exactly equal to analysing the whole series afresh.
 *
 * <p>It is plain data, a few integers per window (a window every {@code window / 2} runs or
 * more), kept with the change points in an {@link Analysis}.
 *
 * @param options the options the windows were run with
 * @param length the number of runs analysed
 * @param windows the windows run, ascending by start
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record AnalysisState(ChangePointOptions options, int length, List<Window> windows) {

    /**
     * One window of the split pass.
     *
     * @param start its first run; it covers {@code start .. min(start + window, length)}
     * @param changePoints the weak change points it found, ascending
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    public record Window(int start, List<Integer> changePoints) {

        public Window {
            changePoints = List.copyOf(changePoints);
        }
    }

    /** @throws IllegalArgumentException if the windows do not fit the length and the options */
    public AnalysisState {
        Objects.requireNonNull(options, "options");
        windows = List.copyOf(windows);
        if (length < 0) {
            throw new IllegalArgumentException("length must be >= 0, got " + length);
        }
        int previousStart = -1;
        for (Window window : windows) {
            int end = Math.min(window.start() + options.window(), length);
            if (window.start() <= previousStart || window.start() >= length) {
                throw new IllegalArgumentException(
                        "window start " + window.start() + " is not ascending within the " + length + " runs analysed");
            }
            for (int point : window.changePoints()) {
                if (point <= window.start() || point >= end) {
                    throw new IllegalArgumentException(
                            "change point " + point + " lies outside its window " + window.start() + ".." + end);
                }
            }
            previousStart = window.start();
        }
    }
}
