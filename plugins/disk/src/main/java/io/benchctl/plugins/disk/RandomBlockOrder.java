package io.benchctl.plugins.disk;

import java.util.SplittableRandom;

/**
 * Random block numbers that visit every block of a file once per pass, then start a new order, as
 * fio's random map does. Drawing with replacement instead would re-read blocks a buffered run had
 * already brought into the page cache (a third of the reads after a 256 MiB file's worth), and
 * report memory speed where fio reports the device.
 *
 * <p>The order is a keyed four-round Feistel permutation of the smallest power of four that holds
 * the file's blocks, skipping numbers past the end (cycle walking): no memory per block, a few
 * nanoseconds per draw, a fresh key per pass.
 */
final class RandomBlockOrder {
    private static final int ROUNDS = 4;
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private final long blockCount;
    private final int halfBits;
    private final long halfMask;
    private final long domain;
    private final SplittableRandom keys;
    private long key;
    private long counter;

    RandomBlockOrder(long blockCount, long seed) {
        if (blockCount < 1) {
            throw new IllegalArgumentException("blockCount must be at least 1: " + blockCount);
        }
        this.blockCount = blockCount;
        int bits = Math.max(2, 64 - Long.numberOfLeadingZeros(blockCount - 1));
        this.halfBits = (bits + 1) / 2;
        this.halfMask = (1L << halfBits) - 1;
        this.domain = 1L << (2 * halfBits);
        this.keys = new SplittableRandom(seed);
        this.key = keys.nextLong();
    }

    /** The next block number in {@code [0, blockCount)}. */
    long next() {
        while (true) {
            if (counter == domain) {
                counter = 0;
                key = keys.nextLong();
            }
            long block = permute(counter++);
            if (block < blockCount) {
                return block;
            }
        }
    }

    private long permute(long value) {
        long left = value >>> halfBits;
        long right = value & halfMask;
        for (int round = 0; round < ROUNDS; round++) {
            long mixed = mix(right ^ (key + round * GOLDEN_GAMMA)) & halfMask;
            long nextRight = left ^ mixed;
            left = right;
            right = nextRight;
        }
        return (left << halfBits) | right;
    }

    /** SplittableRandom's 64-bit finaliser (Stafford's variant 13). */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
