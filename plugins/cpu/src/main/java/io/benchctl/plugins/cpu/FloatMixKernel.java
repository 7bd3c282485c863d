package io.benchctl.plugins.cpu;

/**
 * Floating-point mix ({@code float}): four independent lanes of {@code x = sqrt(fma(x, A, B)) / C}
 * (an FMA, a square root and a division per step), summed as they go. The iteration converges to
 * the closed-form fixed point {@code x* = (A + sqrt(A² + 4BC²)) / 2C²}, which the batch checks;
 * the checksum is the sum of every value, so every step counts. One op = one lane step. Java's
 * IEEE 754 semantics (strict since 17, {@link Math#fma} exact) make the checksum the same on
 * every platform.
 */
final class FloatMixKernel implements CpuKernel {

    static final int STEPS = 1 << 12;
    private static final int LANES = 4;
    private static final double A = 1.5;
    private static final double C = 1.1;
    private static final double[] B = {2.0, 2.25, 2.5, 2.75};
    private static final double TOLERANCE = 1e-12;

    private final double seedOffset;
    private final double[] fixedPoints = new double[LANES];

    FloatMixKernel(long seed) {
        this.seedOffset = (seed & 0xFF) / 256.0;
        for (int lane = 0; lane < LANES; lane++) {
            fixedPoints[lane] = (A + Math.sqrt(A * A + 4 * B[lane] * C * C)) / (2 * C * C);
        }
    }

    @Override
    public long opsPerBatch() {
        return (long) LANES * STEPS;
    }

    @Override
    public long runBatch(long batchIndex) {
        double start = 1.0 + seedOffset + (batchIndex & 7) * 0.5;
        double x0 = start;
        double x1 = start + 1;
        double x2 = start + 2;
        double x3 = start + 3;
        double sum = 0;
        for (int i = 0; i < STEPS; i++) {
            x0 = Math.sqrt(Math.fma(x0, A, B[0])) / C;
            x1 = Math.sqrt(Math.fma(x1, A, B[1])) / C;
            x2 = Math.sqrt(Math.fma(x2, A, B[2])) / C;
            x3 = Math.sqrt(Math.fma(x3, A, B[3])) / C;
            sum += (x0 + x1) + (x2 + x3);
        }
        check(0, x0);
        check(1, x1);
        check(2, x2);
        check(3, x3);
        return Double.doubleToRawLongBits(sum);
    }

    private void check(int lane, double x) {
        if (!(Math.abs(x - fixedPoints[lane]) <= TOLERANCE * fixedPoints[lane])) {
            throw new KernelCheckException("float kernel: lane " + lane + " ended at " + x
                    + " instead of its fixed point " + fixedPoints[lane]);
        }
    }
}
