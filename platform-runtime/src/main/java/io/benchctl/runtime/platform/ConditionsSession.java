package io.benchctl.runtime.platform;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.benchctl.api.result.ConditionFact;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * One workload's watch over the host's conditions. Not thread-safe: the monitor's sampler thread
 * alone calls it.
 */
@API(status = INTERNAL, since = "1.3")
public interface ConditionsSession {

    /** Every signal of {@link ConditionSignals#ALL}, in that order, each saying whether and from where it is read. */
    List<SignalSource> signals();

    /**
     * Each available signal's value over the interval since the previous call, or since the session
     * was opened. A signal whose source failed to read this time is absent from the map.
     */
    Map<String, Double> sample();

    /** Facts that hold for the session: the frequency governor, boost, SMT. */
    List<ConditionFact> facts();
}
