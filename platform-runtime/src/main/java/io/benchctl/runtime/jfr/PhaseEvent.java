package io.benchctl.runtime.jfr;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;

/** One lifecycle step of one workload round: init, warmup, run, cooldown or close. */
@Name("io.benchctl.Phase")
@Label("benchctl Phase")
@Category({"benchctl"})
@Description("A lifecycle step of a workload (its duration is the event's)")
final class PhaseEvent extends WorkloadEvent {
    @Label("Phase")
    String phase;
}
