package io.benchctl.plugins.memory;

/**
 * STREAM's three arrays of {@link #elements()} doubles each, seeded with a fixed pseudo-random
 * value per element, and one kernel run over a slice of them. Threads work on disjoint slices
 * whose starts are multiples of the stride, so the elements a strided kernel touches are always
 * the global multiples of the stride, whatever the thread count.
 *
 * <p>Validation is STREAM's idea made exact: instead of averaging errors against one expected
 * constant, every element is compared with what the kernel must have written (Java's IEEE
 * arithmetic is deterministic), inputs and untouched elements with their seeds. Random inputs
 * also catch an index mistake that constant arrays would hide.
 */
abstract class StreamArrays implements AutoCloseable {

    static final int A = 0;
    static final int B = 1;
    static final int C = 2;

    final StreamKernel kernel;
    final long elements;
    private final long seed;

    StreamArrays(StreamKernel kernel, long elements, long seed) {
        this.kernel = kernel;
        this.elements = elements;
        this.seed = seed;
    }

    long elements() {
        return elements;
    }

    /** Runs the kernel {@code repetitions} times over [from, to), every {@code stride}-th element. */
    abstract void run(long from, long to, int stride, int repetitions);

    abstract double get(int array, long index);

    abstract void set(int array, long index, double value);

    /** Writes every array's seed values over [from, to); run by the thread that will use the slice. */
    void fill(long from, long to) {
        for (long i = from; i < to; i++) {
            set(A, i, initial(A, i));
            set(B, i, initial(B, i));
            set(C, i, initial(C, i));
        }
    }

    /** How many elements of [from, to) in any array differ from what the kernel must leave. */
    long countErrors(long from, long to, int stride) {
        long errors = 0;
        for (long i = from; i < to; i++) {
            double a = initial(A, i);
            double b = initial(B, i);
            double c = initial(C, i);
            for (int array = A; array <= C; array++) {
                double seeded = array == A ? a : array == B ? b : c;
                double expected = array == kernel.output && i % stride == 0 ? kernel.apply(a, b, c) : seeded;
                if (Double.doubleToRawLongBits(get(array, i)) != Double.doubleToRawLongBits(expected)) {
                    errors++;
                }
            }
        }
        return errors;
    }

    /** A hash of the output array's bits, for golden tests. */
    long outputChecksum() {
        long hash = 1;
        for (long i = 0; i < elements; i++) {
            hash = 31 * hash + Double.doubleToRawLongBits(get(kernel.output, i));
        }
        return hash;
    }

    @Override
    public abstract void close();

    /** A value in [1, 2) fixed by the seed, the array and the index (SplitMix64's finaliser). */
    double initial(int array, long index) {
        long z = seed + (array + 1) * 0x9E3779B97F4A7C15L * (index + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z ^= z >>> 31;
        return 1.0 + (z >>> 12) * 0x1.0p-52;
    }
}
