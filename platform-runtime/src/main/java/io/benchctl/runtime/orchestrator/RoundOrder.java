package io.benchctl.runtime.orchestrator;

import io.benchctl.runtime.config.RunSettings;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

/**
 * The order workloads come in, round by round. {@code interleaved}: plan order every round.
 * {@code random}: each round shuffled by one {@link Random} seeded with the run's seed, so the
 * same seed and plan give the same orders on any JDK ({@code Random}'s sequence is specified).
 * {@code grouped} has one order, the plan's, with each workload's rounds back to back.
 */
final class RoundOrder {
    /** Drawn seeds stay below 2^53 so that JavaScript readers of the result read them exactly. */
    private static final long DRAWN_SEED_BOUND = 1L << 53;

    private RoundOrder() {}

    /** The seed of a random order: the profile's, else a drawn one; null for the other orders. */
    static Long seed(RunSettings run) {
        if (!"random".equals(run.order())) {
            return null;
        }
        return run.seed() != null ? run.seed() : ThreadLocalRandom.current().nextLong(DRAWN_SEED_BOUND);
    }

    /**
     * @param seed used only by {@code random}
     * @return for each round, the plan indexes of the workloads in the order they start
     */
    static List<List<Integer>> orders(int workloads, int rounds, String order, Long seed) {
        Random random = "random".equals(order) ? new Random(seed) : null;
        List<List<Integer>> orders = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            List<Integer> indexes =
                    new ArrayList<>(IntStream.range(0, workloads).boxed().toList());
            if (random != null) {
                Collections.shuffle(indexes, random);
            }
            orders.add(List.copyOf(indexes));
        }
        return List.copyOf(orders);
    }
}
