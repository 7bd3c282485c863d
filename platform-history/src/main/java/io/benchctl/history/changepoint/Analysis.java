package io.benchctl.history.changepoint;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * The change points of one series and the state to extend the analysis when runs are added:
 * what a store keeps per metric to add a run cheaply (or recomputes with
 * {@link ChangePointDetector#analyze} when it keeps nothing). Plain data: the change points'
 * figures and a few integers per window.
 *
 * @param changePoints ascending by index
 * @param state what {@link ChangePointDetector#extend} needs to add runs without a full pass
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Analysis(List<ChangePoint> changePoints, AnalysisState state) {

    public Analysis {
        changePoints = List.copyOf(changePoints);
    }

    /** The last change point, the one a CI gate looks at, or null if the series has none. */
    public ChangePoint latest() {
        return changePoints.isEmpty() ? null : changePoints.getLast();
    }
}
