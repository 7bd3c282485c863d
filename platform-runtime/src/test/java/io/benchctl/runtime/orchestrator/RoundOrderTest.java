package io.benchctl.runtime.orchestrator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RoundOrderTest {

    @Test
    void interleavedIsThePlanOrderEveryRound() {
        assertEquals(List.of(List.of(0, 1, 2), List.of(0, 1, 2)), RoundOrder.orders(3, 2, "interleaved", null));
    }

    @Test
    void randomIsAShufflePerRoundThatTheSeedFixes() {
        List<List<Integer>> first = RoundOrder.orders(8, 5, "random", 42L);
        assertEquals(first, RoundOrder.orders(8, 5, "random", 42L), "same seed, same orders");
        assertNotEquals(first, RoundOrder.orders(8, 5, "random", 43L), "another seed, other orders");
        first.forEach(order -> assertEquals(
                List.of(0, 1, 2, 3, 4, 5, 6, 7), order.stream().sorted().toList()));
        assertNotEquals(first.get(0), first.get(1), "each round is shuffled anew");
        // Fixed by java.util.Random's specified sequence: a result's seed replays on any JDK.
        assertEquals(List.of(2, 6, 3, 1, 4, 0, 7, 5), first.get(0));
    }
}
