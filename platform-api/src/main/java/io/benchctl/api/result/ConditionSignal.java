package io.benchctl.api.result;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * One sampled host signal over a workload's measured iterations: the smallest, median and
 * largest of its per-interval values. A signal this host cannot read is {@code available =
 * false} with the reason, and no values: absent is never reported as 0.
 *
 * @param name e.g. {@code steal}, {@code background-cpu}, {@code cpu-frequency}
 * @param unit e.g. {@code %}, {@code cpus}, {@code MHz}, {@code pages/s}
 * @param source where the values come from, in the platform layer's words (on Linux the kernel
 *     file it read, or the fallback it took when the host lacks the usual one)
 * @param unavailableReason why the signal could not be read; null when available
 * @param min null when unavailable or not sampled
 * @since 1.1
 */
@API(status = EXPERIMENTAL, since = "1.1")
public record ConditionSignal(
        String name,
        String unit,
        String source,
        boolean available,
        String unavailableReason,
        Double min,
        Double median,
        Double max) {

    /** A signal this host does not offer, with why. */
    public static ConditionSignal unavailable(String name, String unit, String source, String reason) {
        return new ConditionSignal(name, unit, source, false, reason, null, null, null);
    }
}
