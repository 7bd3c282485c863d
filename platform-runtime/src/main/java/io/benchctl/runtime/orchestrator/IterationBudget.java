package io.benchctl.runtime.orchestrator;

import io.benchctl.api.result.StopReason;
import io.benchctl.runtime.config.RunSettings;
import io.benchctl.runtime.measure.Headline;
import java.util.Optional;

/**
 * How many measured iterations a round runs. Without {@code target_ci}: {@code iterations}. With
 * it, in the workload's last round: at least {@code iterations}, and at least enough over all
 * rounds for an exact 95% interval (6), then on until the headline median's CI is within the
 * target or the workload's measured time reaches {@code max_time}. Earlier rounds always run
 * {@code iterations}, so that every round gives every workload the same share of the drift.
 */
final class IterationBudget {
    /** The fewest observations whose order-statistic interval reaches 95% coverage. */
    static final int MIN_EXACT_ITERATIONS = 6;

    private final RunSettings run;
    private final boolean lastRound;

    IterationBudget(RunSettings run, boolean lastRound) {
        this.run = run;
        this.lastRound = lastRound;
    }

    /**
     * Whether to run another iteration; empty to go on, else why to stop.
     *
     * @param doneThisRound measured iterations this round has run
     */
    Optional<StopReason> stopBefore(int doneThisRound, WorkloadRun workload) {
        if (doneThisRound < run.iterations()) {
            return Optional.empty();
        }
        if (!lastRound || !run.adaptive()) {
            return Optional.of(StopReason.ITERATIONS);
        }
        Optional<Headline> headline = workload.recorder.headline();
        if (headline.isEmpty()) {
            return Optional.of(StopReason.ITERATIONS); // nothing to judge: the workload fails as no-metrics
        }
        boolean exact = workload.iterations() >= MIN_EXACT_ITERATIONS
                && headline.map(Headline::exact).orElse(false);
        if (exact && headline.get().relativeHalfWidth() <= run.targetCi()) {
            return Optional.of(StopReason.TARGET_CI);
        }
        if (workload.measuredNanos() >= run.maxTime().toNanos()) {
            return Optional.of(StopReason.MAX_TIME);
        }
        return Optional.empty();
    }
}
