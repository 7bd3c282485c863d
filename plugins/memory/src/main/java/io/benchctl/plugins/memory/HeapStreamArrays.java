package io.benchctl.plugins.memory;

/**
 * scale, add and triad over {@code double[]}: C2 vectorises these loops over heap arrays; the
 * same loops over memory segments measured about 15% slower here (see bench/README.md).
 * A dense loop and a strided one are separate methods because a loop whose step is a variable
 * is not vectorised even when the step is 1.
 */
final class HeapStreamArrays extends StreamArrays {

    /** The largest Java array, less the few elements some JVMs reserve. */
    static final long MAX_ELEMENTS = Integer.MAX_VALUE - 8;

    private final double[] a;
    private final double[] b;
    private final double[] c;

    HeapStreamArrays(StreamKernel kernel, long elements, long seed) {
        super(kernel, elements, seed);
        if (kernel == StreamKernel.COPY) {
            throw new IllegalArgumentException("copy runs on native memory: use NativeCopyArrays");
        }
        if (elements > MAX_ELEMENTS) {
            throw new IllegalArgumentException("at most " + MAX_ELEMENTS + " elements per array: " + elements);
        }
        a = new double[(int) elements];
        b = new double[(int) elements];
        c = new double[(int) elements];
    }

    @Override
    void run(long from, long to, int stride, int repetitions) {
        int start = (int) from;
        int end = (int) to;
        for (int r = 0; r < repetitions; r++) {
            if (stride == 1) {
                dense(start, end);
            } else {
                strided(start, end, stride);
            }
        }
    }

    private void dense(int from, int to) {
        switch (kernel) {
            case SCALE -> scale(b, c, from, to);
            case ADD -> add(c, a, b, from, to);
            case TRIAD -> triad(a, b, c, from, to);
            case COPY -> throw new IllegalStateException("copy is not a heap kernel");
        }
    }

    private void strided(int from, int to, int stride) {
        for (int i = from; i < to; i += stride) {
            switch (kernel) {
                case SCALE -> b[i] = StreamKernel.SCALAR * c[i];
                case ADD -> c[i] = a[i] + b[i];
                case TRIAD -> a[i] = b[i] + StreamKernel.SCALAR * c[i];
                case COPY -> throw new IllegalStateException("copy is not a heap kernel");
            }
        }
    }

    private static void scale(double[] b, double[] c, int from, int to) {
        for (int i = from; i < to; i++) {
            b[i] = StreamKernel.SCALAR * c[i];
        }
    }

    private static void add(double[] c, double[] a, double[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            c[i] = a[i] + b[i];
        }
    }

    private static void triad(double[] a, double[] b, double[] c, int from, int to) {
        for (int i = from; i < to; i++) {
            a[i] = b[i] + StreamKernel.SCALAR * c[i];
        }
    }

    @Override
    double get(int array, long index) {
        return arrayOf(array)[(int) index];
    }

    @Override
    void set(int array, long index, double value) {
        arrayOf(array)[(int) index] = value;
    }

    private double[] arrayOf(int array) {
        return array == A ? a : array == B ? b : c;
    }

    @Override
    public void close() {}
}
