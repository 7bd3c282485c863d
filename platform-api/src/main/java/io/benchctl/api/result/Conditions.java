package io.benchctl.api.result;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * What the host was doing while one workload's measured iterations ran: each sampled signal
 * summarised over the samples, and the facts that held throughout (socket buffer sizes, the
 * frequency governor).
 *
 * @param intervalMillis the time between two samples (the monitor lengthens it if sampling costs
 *     more than its budget)
 * @param samples how many intervals the summaries are over
 * @param monitorCpuPercent the sampler's own CPU time as a percentage of one CPU over the
 *     measured time
 * @param signals every signal, available or not, in a fixed order
 * @param facts facts about the conditions, in the order they were recorded
 * @since 1.1
 */
@API(status = EXPERIMENTAL, since = "1.1")
public record Conditions(
        long intervalMillis,
        int samples,
        double monitorCpuPercent,
        List<ConditionSignal> signals,
        List<ConditionFact> facts) {

    public Conditions {
        signals = List.copyOf(signals);
        facts = List.copyOf(facts);
    }

    /** The signal of that name, or null when this block has none. */
    public ConditionSignal signal(String name) {
        return signals.stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
    }
}
