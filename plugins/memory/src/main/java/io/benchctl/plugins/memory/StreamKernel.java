package io.benchctl.plugins.memory;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * STREAM's four kernels over arrays a, b, c with STREAM's scalar q = 3 and its byte accounting:
 * copy and scale move two arrays' worth of doubles per element, add and triad three.
 */
enum StreamKernel {
    /** c = a */
    COPY(2, StreamArrays.C),
    /** b = q·c */
    SCALE(2, StreamArrays.B),
    /** c = a + b */
    ADD(3, StreamArrays.C),
    /** a = b + q·c */
    TRIAD(3, StreamArrays.A);

    static final double SCALAR = 3.0;

    /** Arrays read or written per element: STREAM's byte accounting is this × 8 bytes. */
    final int arraysTouched;
    /** The array the kernel writes. */
    final int output;

    StreamKernel(int arraysTouched, int output) {
        this.arraysTouched = arraysTouched;
        this.output = output;
    }

    /** The value the kernel writes, given the element's inputs. */
    double apply(double a, double b, double c) {
        return switch (this) {
            case COPY -> a;
            case SCALE -> SCALAR * c;
            case ADD -> a + b;
            case TRIAD -> b + SCALAR * c;
        };
    }

    String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    static List<String> ids() {
        return Arrays.stream(values()).map(StreamKernel::id).toList();
    }

    static StreamKernel byId(String id) {
        return Arrays.stream(values())
                .filter(k -> k.id().equals(id))
                .findFirst()
                .orElseThrow(() ->
                        new IllegalArgumentException("unknown memory kernel '" + id + "': expected one of " + ids()));
    }
}
