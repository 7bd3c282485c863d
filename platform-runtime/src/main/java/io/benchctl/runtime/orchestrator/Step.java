package io.benchctl.runtime.orchestrator;

import io.benchctl.api.report.Phase;
import io.benchctl.runtime.config.RunSettings;
import java.time.Duration;

/** A lifecycle step and its time limit: its own planned time plus the run's phase timeout. */
enum Step {
    INIT(Phase.INIT),
    WARMUP(Phase.WARMUP),
    RUN(Phase.RUNNING),
    COOLDOWN(Phase.COOLDOWN),
    CLOSE(Phase.CLOSE);

    /** The phase an error in this step names. */
    final Phase phase;
    /** The step's name in messages: the phase's id, e.g. {@code run}. */
    final String label;

    Step(Phase phase) {
        this.phase = phase;
        this.label = phase.id();
    }

    Duration limit(RunSettings run) {
        Duration planned = switch (this) {
            case WARMUP -> run.warmupAuto() ? run.warmupMax().plus(AutoWarmup.LONGEST_SAMPLE) : run.warmup();
            case RUN -> run.duration(); // per iteration
            case COOLDOWN -> run.cooldown();
            case INIT, CLOSE -> Duration.ZERO;
        };
        return planned.plus(run.phaseTimeout());
    }
}
