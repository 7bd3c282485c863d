package io.benchctl.runtime.measure;

/**
 * The granularity of {@link System#nanoTime()} here: the smallest positive step between two
 * consecutive readings (as STREAM's {@code checktick()} measures its clock). Measured once.
 */
final class TimerResolution {

    private static final int READINGS = 10_000;
    private static volatile long granularityNanos;

    private TimerResolution() {}

    static long granularityNanos() {
        long cached = granularityNanos;
        if (cached == 0) {
            cached = measure();
            granularityNanos = cached;
        }
        return cached;
    }

    private static long measure() {
        long smallestStepNanos = Long.MAX_VALUE;
        long previous = System.nanoTime();
        for (int i = 0; i < READINGS; i++) {
            long now = System.nanoTime();
            if (now > previous) {
                smallestStepNanos = Math.min(smallestStepNanos, now - previous);
            }
            previous = now;
        }
        return smallestStepNanos == Long.MAX_VALUE ? 1 : smallestStepNanos;
    }
}
