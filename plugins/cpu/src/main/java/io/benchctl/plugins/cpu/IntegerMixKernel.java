package io.benchctl.plugins.cpu;

/**
 * Integer arithmetic mix ({@code int}): a chain of multiply, add, rotate and xor steps, then the
 * exact inverse chain; the batch is correct when it arrives back at its start. One op = one step.
 * The checksum is the state halfway, which depends on every forward step.
 */
final class IntegerMixKernel implements CpuKernel {

    static final int STEPS = 1 << 13;
    private static final long MULTIPLIER = 0x9E3779B97F4A7C15L;
    private static final long MULTIPLIER_INVERSE = inverseModulo2To64(MULTIPLIER);
    private static final long INCREMENT = 0x632BE59BD9B4E019L;
    private static final long MASK = 0xD1B54A32D192ED03L;
    private static final int ROTATION = 23;

    private final long seed;

    IntegerMixKernel(long seed) {
        this.seed = seed;
    }

    @Override
    public long opsPerBatch() {
        return 2L * STEPS;
    }

    @Override
    public long runBatch(long batchIndex) {
        long start = seed + batchIndex * MULTIPLIER;
        long x = start;
        for (int i = 0; i < STEPS; i++) {
            x = Long.rotateLeft(x * MULTIPLIER + INCREMENT, ROTATION) ^ MASK;
        }
        long halfway = x;
        for (int i = 0; i < STEPS; i++) {
            x = (Long.rotateRight(x ^ MASK, ROTATION) - INCREMENT) * MULTIPLIER_INVERSE;
        }
        if (x != start) {
            throw new KernelCheckException(
                    String.format("int kernel: the inverse chain ended at %016x instead of its start %016x", x, start));
        }
        return halfway;
    }

    /** Newton's iteration for the inverse of an odd number modulo 2^64: each step doubles the good bits. */
    static long inverseModulo2To64(long odd) {
        long inverse = odd;
        for (int i = 0; i < 6; i++) {
            inverse *= 2 - odd * inverse;
        }
        return inverse;
    }
}
