package io.benchctl.history.changepoint;

import java.util.List;

/**
 * Seeded series, bit for bit the ones bench/history/otava_expected.py builds for Otava: SplitMix64,
 * noise as the sum of twelve uniforms minus 6 (only additions, so both languages agree to the
 * last bit), run i = base * (1 + cv * z_i), times the factor of each step at or before i.
 */
record SyntheticSeries(int length, long seed, double base, double cv, List<Step> steps, boolean integer) {

    record Step(int position, double factor) {}

    /** 60 runs around 100 with 3 % noise: the series of the statistical goal. */
    static double[] goal(long seed, Step... steps) {
        return new SyntheticSeries(60, seed, 100, 0.03, List.of(steps), false).values();
    }

    double[] values() {
        long state = seed;
        double[] values = new double[length];
        for (int i = 0; i < length; i++) {
            double z = 0;
            for (int k = 0; k < 12; k++) {
                state += 0x9E3779B97F4A7C15L;
                long bits = state;
                bits = (bits ^ (bits >>> 30)) * 0xBF58476D1CE4E5B9L;
                bits = (bits ^ (bits >>> 27)) * 0x94D049BB133111EBL;
                bits ^= bits >>> 31;
                z += (bits >>> 11) * 0x1.0p-53;
            }
            z -= 6;
            double value = base * (1 + cv * z);
            for (Step step : steps) {
                if (step.position() <= i) {
                    value = value * step.factor();
                }
            }
            values[i] = integer ? Math.rint(value) : value;
        }
        return values;
    }
}
