/**
 * Change points in the series of one metric over runs: where its distribution shifted, and by
 * how much. {@link io.benchctl.history.changepoint.ChangePointDetector} finds them with
 * E-divisive means in sliding windows and a Student's t-test, the method of Apache Otava
 * (formerly Hunter): deterministic, and its answers agree with Otava's on the same series.
 *
 * <p>A history grows one run at a time, so an {@link io.benchctl.history.changepoint.Analysis}
 * keeps its windows ({@link io.benchctl.history.changepoint.AnalysisState}): adding runs
 * recomputes only the windows that reach the end of the series, and gives the same answer as a
 * full pass.
 */
@API(status = EXPERIMENTAL, since = "0.1")
package io.benchctl.history.changepoint;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
