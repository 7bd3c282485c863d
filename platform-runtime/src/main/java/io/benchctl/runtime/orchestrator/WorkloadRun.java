package io.benchctl.runtime.orchestrator;

import io.benchctl.api.result.ErrorInfo;
import io.benchctl.api.result.Measurement;
import io.benchctl.api.result.StopReason;
import io.benchctl.api.result.WarningInfo;
import io.benchctl.runtime.conditions.ConditionsMonitor;
import io.benchctl.runtime.conditions.ConditionsPolicy;
import io.benchctl.runtime.measure.Headline;
import io.benchctl.runtime.measure.WorkloadRecorder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What one workload gathers over its rounds: one recorder (statistics are over every round's
 * iterations), the warnings of every round, the warm-up it got, and how its last round stopped.
 * The executor turns it into the workload's one result after its last round (or its first
 * failure).
 *
 * <p>Thread safety: a workload's rounds run one after another; the lifecycle thread of the
 * current round writes the counters, and the orchestrator's thread reads them after that thread
 * has ended.
 */
final class WorkloadRun {
    final PlannedWorkload first;
    final WorkloadRecorder recorder;
    final Instant startedAt = Instant.now();
    private final Set<WarningInfo> warnings = new LinkedHashSet<>();
    private final List<Integer> positions = new ArrayList<>();
    private volatile int iterations;
    private volatile long measuredNanos;
    private volatile int warmupIterations;
    private volatile long warmupNanos;
    private volatile boolean steadyEveryRound = true;
    private volatile StopReason stop = StopReason.ITERATIONS;
    private List<Integer> pinnedCpus = List.of();
    private ErrorInfo error;
    private int roundsRun;
    private ConditionsMonitor monitor;

    WorkloadRun(PlannedWorkload first) {
        this.first = first;
        this.recorder = new WorkloadRecorder(first.id());
    }

    String id() {
        return first.id();
    }

    /** The workload's one conditions monitor: it watches the measured iterations of every round. */
    synchronized ConditionsMonitor monitor(ConditionsPolicy policy) {
        if (monitor == null) {
            monitor = policy.monitor(id());
        }
        return monitor;
    }

    /** Measured iterations over all rounds so far (also the next iteration's 0-based index). */
    int iterations() {
        return iterations;
    }

    /** Time spent in measured iterations over all rounds so far. */
    long measuredNanos() {
        return measuredNanos;
    }

    void iterationDone(long elapsedNanos) {
        iterations++;
        measuredNanos += elapsedNanos;
    }

    void warmedUp(int warmupIterationsRun, long elapsedNanos, Boolean steady) {
        warmupIterations += warmupIterationsRun;
        warmupNanos += elapsedNanos;
        if (Boolean.FALSE.equals(steady)) {
            steadyEveryRound = false;
        }
    }

    void stopped(StopReason reason) {
        stop = reason;
    }

    /** Ends a round: its position in its round's order, pinning, warnings and error (or null). */
    void roundEnded(int position, List<Integer> pinned, List<WarningInfo> found, ErrorInfo roundError) {
        roundsRun++;
        positions.add(position);
        pinnedCpus = List.copyOf(pinned);
        warnings.addAll(found);
        if (error == null) {
            error = roundError;
        }
    }

    /** Ends the workload before all its rounds ran (an interrupt between rounds), unless a round failed it. */
    void endedEarly(ErrorInfo reason) {
        if (error == null) {
            error = reason;
        }
    }

    int roundsRun() {
        return roundsRun;
    }

    /** Whether a round failed or was skipped: later rounds are not run. */
    boolean ended() {
        return error != null;
    }

    ErrorInfo error() {
        return error;
    }

    List<Integer> pinnedCpus() {
        return pinnedCpus;
    }

    List<WarningInfo> warnings() {
        return List.copyOf(warnings);
    }

    Measurement measurement(boolean auto, String order, Long seed) {
        Headline headline = recorder.headline().orElse(null);
        double halfWidth = headline == null ? Double.NaN : headline.relativeHalfWidth();
        return new Measurement(
                new Measurement.Warmup(auto, warmupIterations, warmupNanos, auto ? steadyEveryRound : null),
                iterations,
                stop,
                headline == null ? null : headline.metric(),
                Double.isFinite(halfWidth) ? halfWidth : null,
                new Measurement.Rounds(Math.max(1, roundsRun), order, seed, positions));
    }
}
