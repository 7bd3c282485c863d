package io.benchctl.runtime.jfr;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.Timespan;

/** A part of an operation that a workload reported through {@link io.benchctl.api.Spans}. */
@Name("io.benchctl.Span")
@Label("benchctl Span")
@Category({"benchctl"})
@Description("A part of a measured operation, e.g. a pipe round trip's write, wake-up or read")
final class SpanEvent extends WorkloadEvent {
    @Label("Name")
    String name;

    @Label("Span")
    @Timespan(Timespan.NANOSECONDS)
    long spanNanos;

    @Label("Start (nanoTime)")
    @Description("System.nanoTime() at the span's start, to order spans of one operation")
    long startNanoTime;
}
