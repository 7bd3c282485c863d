package io.benchctl.runtime.jfr;

import jdk.jfr.Event;
import jdk.jfr.Label;

/** The fields every benchctl event names its workload by. */
abstract class WorkloadEvent extends Event {
    @Label("Module")
    String module;

    @Label("Workload")
    String workload;

    @Label("Round")
    int round;
}
