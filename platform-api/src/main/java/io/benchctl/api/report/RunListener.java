package io.benchctl.api.report;

import static org.apiguardian.api.API.Status.STABLE;

import io.benchctl.api.result.RunResult;
import io.benchctl.api.result.WarningInfo;
import io.benchctl.api.result.WorkloadResult;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * Receives a run's events as they happen (the dashboard's feed).
 *
 * <p>Contract:
 *
 * <ul>
 *   <li>{@link #runStarted} comes first and {@link #runFinished} last, once each (runFinished
 *       also after an interrupt).
 *   <li>For one workload, events arrive in lifecycle order and {@link #workloadFinished} is its
 *       last event. Under a parallel schedule, events of different workloads interleave and may
 *       come from different threads: implementations must be thread-safe.
 *   <li>Calls are made from measurement-adjacent threads: return quickly, never block.
 *   <li>An exception thrown by a listener is logged once and that listener is dropped; it never
 *       aborts or alters the run.
 * </ul>
 */
@API(status = STABLE, since = "1.0")
public interface RunListener {

    default void runStarted(RunPlan plan) {}

    default void phaseChanged(String workloadId, Phase phase) {}

    /** Live progress within the current phase; rate-limited by the runtime. */
    default void progress(String workloadId, Phase phase, double fractionDone, String message) {}

    /** A measured iteration ended with these per-iteration values (metric name → value). */
    default void iterationFinished(String workloadId, int iteration, Map<String, Double> values) {}

    default void warning(String workloadId, WarningInfo warning) {}

    default void workloadFinished(WorkloadResult result) {}

    default void runFinished(RunResult result) {}

    RunListener NOOP = new RunListener() {};
}
