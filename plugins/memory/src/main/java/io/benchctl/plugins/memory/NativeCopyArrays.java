package io.benchctl.plugins.memory;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * copy over page-aligned native memory. gcc compiles STREAM's copy loop into a call to libc's
 * memcpy, which for large blocks uses non-temporal stores or {@code rep movsb} and so skips
 * reading the destination; {@link MemorySegment#copy} between native segments reaches the same
 * kind of bulk copy (about 21-23 GB/s here against 12 GB/s for a loop or
 * {@code System.arraycopy} on {@code double[]}). So the dense copy is the same work as STREAM's
 * as built; the strided copy is an element loop, as in C.
 */
final class NativeCopyArrays extends StreamArrays {

    private static final long PAGE_BYTES = 4096;
    private static final ValueLayout.OfDouble DOUBLE = ValueLayout.JAVA_DOUBLE;

    private final Arena arena = Arena.ofShared();
    private final MemorySegment a;
    private final MemorySegment b;
    private final MemorySegment c;

    NativeCopyArrays(long elements, long seed) {
        super(StreamKernel.COPY, elements, seed);
        long bytes = elements * Double.BYTES;
        a = arena.allocate(bytes, PAGE_BYTES);
        b = arena.allocate(bytes, PAGE_BYTES);
        c = arena.allocate(bytes, PAGE_BYTES);
    }

    @Override
    void run(long from, long to, int stride, int repetitions) {
        for (int r = 0; r < repetitions; r++) {
            if (stride == 1) {
                MemorySegment.copy(a, from * Double.BYTES, c, from * Double.BYTES, (to - from) * Double.BYTES);
            } else {
                for (long i = from; i < to; i += stride) {
                    c.setAtIndex(DOUBLE, i, a.getAtIndex(DOUBLE, i));
                }
            }
        }
    }

    @Override
    double get(int array, long index) {
        return segment(array).getAtIndex(DOUBLE, index);
    }

    @Override
    void set(int array, long index, double value) {
        segment(array).setAtIndex(DOUBLE, index, value);
    }

    private MemorySegment segment(int array) {
        return array == A ? a : array == B ? b : c;
    }

    @Override
    public void close() {
        arena.close();
    }
}
