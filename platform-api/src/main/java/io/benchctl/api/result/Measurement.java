package io.benchctl.api.result;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * How a workload was measured: the warm-up it got, how many iterations ran and why they stopped,
 * and the rounds it ran in. Absent (null) for a workload that never ran and in files written
 * before schema 1.3.0.
 *
 * @param warmup the warm-up actually used, summed over rounds
 * @param iterations measured iterations over all rounds
 * @param stop why the iterations stopped
 * @param headline the metric whose confidence interval {@code target_ci} and the steady-state test
 *     watch: the workload's first aggregate metric
 * @param ciHalfWidth the headline median's 95% CI half-width relative to the median, the larger of
 *     its two sides (0.02 = ±2%); null when there was no headline
 * @param rounds the rounds the iterations ran in
 * @since 1.1
 */
@API(status = EXPERIMENTAL, since = "1.1")
public record Measurement(
        Warmup warmup, int iterations, StopReason stop, String headline, Double ciHalfWidth, Rounds rounds) {

    /**
     * @param auto whether the warm-up ran until steady state ({@code warmup = "auto"})
     * @param iterations warm-up iterations run (0 for a fixed warm-up, which the workload runs its own way)
     * @param durationNanos time spent warming up
     * @param steadyState with auto: whether every round reached steady state before {@code warmup_max};
     *     null for a fixed warm-up
     */
    public record Warmup(boolean auto, int iterations, long durationNanos, Boolean steadyState) {}

    /**
     * @param count rounds run (a workload that failed stops at its failing round)
     * @param order {@code grouped}, {@code interleaved} or {@code random}
     * @param seed the seed a random order was shuffled with (drawn when the profile gave none); null
     *     for the other orders
     * @param positions this workload's 0-based position in each round's order
     */
    public record Rounds(int count, String order, Long seed, List<Integer> positions) {
        public Rounds {
            positions = List.copyOf(positions);
        }
    }
}
