package io.benchctl.runtime.orchestrator;

import io.benchctl.runtime.config.RunSettings;
import java.time.Duration;

/** A lifecycle step and its time limit: its own planned time plus the run's phase timeout. */
enum Step {
    INIT("init"),
    WARMUP("warmup"),
    RUN("run"),
    COOLDOWN("cooldown"),
    CLOSE("close");

    final String label;

    Step(String label) {
        this.label = label;
    }

    Duration limit(RunSettings run) {
        Duration planned = switch (this) {
            case WARMUP -> run.warmup();
            case RUN -> run.duration(); // per iteration
            case COOLDOWN -> run.cooldown();
            case INIT, CLOSE -> Duration.ZERO;
        };
        return planned.plus(run.phaseTimeout());
    }
}
