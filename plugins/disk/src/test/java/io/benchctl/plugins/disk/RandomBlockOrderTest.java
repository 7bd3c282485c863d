package io.benchctl.plugins.disk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RandomBlockOrderTest {
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 5, 1000, 4096, 4097, 65536})
    void everyPassVisitsEachBlockOnceInANewOrder(long blockCount) {
        RandomBlockOrder order = new RandomBlockOrder(blockCount, 42);
        long[] first = pass(order, blockCount);
        long[] second = pass(order, blockCount);

        long[] everyBlock = LongStream.range(0, blockCount).toArray();
        assertArrayEquals(everyBlock, sorted(first));
        assertArrayEquals(everyBlock, sorted(second));
        if (blockCount >= 1000) {
            assertFalse(Arrays.equals(first, second), "each pass has its own order");
            long ascendingSteps = LongStream.range(1, blockCount)
                    .filter(i -> first[(int) i] == first[(int) i - 1] + 1)
                    .count();
            assertTrue(ascendingSteps < blockCount / 100, ascendingSteps + " sequential steps");
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {7, 4097})
    void theSameSeedGivesTheSameOrder(long blockCount) {
        assertArrayEquals(
                pass(new RandomBlockOrder(blockCount, 7), 3 * blockCount),
                pass(new RandomBlockOrder(blockCount, 7), 3 * blockCount));
        assertEquals(
                blockCount,
                Arrays.stream(pass(new RandomBlockOrder(blockCount, 8), blockCount))
                        .distinct()
                        .count());
    }

    private static long[] pass(RandomBlockOrder order, long draws) {
        return LongStream.range(0, draws).map(i -> order.next()).toArray();
    }

    private static long[] sorted(long[] values) {
        long[] copy = values.clone();
        Arrays.sort(copy);
        return copy;
    }
}
