package io.benchctl.runtime.jfr;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;

/** One measured (or automatic warm-up) iteration and the values it recorded. */
@Name("io.benchctl.Iteration")
@Label("benchctl Iteration")
@Category({"benchctl"})
@Description("One iteration of a workload with its values (a latency's iteration p50)")
final class IterationEvent extends WorkloadEvent {
    @Label("Iteration")
    @Description("0-based over the workload's rounds; warm-up iterations count separately")
    int iteration;

    @Label("Warm-up")
    boolean warmup;

    @Label("Headline Metric")
    String headline;

    @Label("Headline Value")
    double headlineValue;

    @Label("Values")
    @Description("name=value pairs, separated by '; '")
    String values;
}
