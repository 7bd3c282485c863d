package io.benchctl.plugins.memory;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/**
 * copy over page-aligned native memory. gcc compiles STREAM's copy loop into a call to libc's
 * memcpy, which for large blocks uses non-temporal stores or {@code rep movsb} and so skips
 * reading the destination. The dense copy calls that same memcpy through FFM, so it is the same
 * work as STREAM's as built: {@link MemorySegment#copy} gets about 9% less on 640 MB arrays here
 * (15.2 against 16.6 GB/s, interleaved), a loop or {@code System.arraycopy} on {@code double[]}
 * about half. Where libc has no memcpy symbol, {@link MemorySegment#copy} is used. The strided copy
 * is an element loop, as in C.
 */
final class NativeCopyArrays extends StreamArrays {

    private static final long PAGE_BYTES = 4096;
    private static final ValueLayout.OfDouble DOUBLE = ValueLayout.JAVA_DOUBLE;
    /** libc's {@code void *memcpy(void *dest, const void *src, size_t n)}, or null. */
    private static final MethodHandle MEMCPY = memcpy();

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
                copy(from * Double.BYTES, (to - from) * Double.BYTES);
            } else {
                for (long i = from; i < to; i += stride) {
                    c.setAtIndex(DOUBLE, i, a.getAtIndex(DOUBLE, i));
                }
            }
        }
    }

    private void copy(long offsetBytes, long lengthBytes) {
        if (MEMCPY == null) {
            MemorySegment.copy(a, offsetBytes, c, offsetBytes, lengthBytes);
            return;
        }
        try {
            MemorySegment ignored = (MemorySegment) MEMCPY.invokeExact(
                    c.asSlice(offsetBytes, lengthBytes), a.asSlice(offsetBytes, lengthBytes), lengthBytes);
        } catch (Throwable e) {
            throw new IllegalStateException("memcpy failed", e);
        }
    }

    private static MethodHandle memcpy() {
        Linker linker = Linker.nativeLinker();
        return linker.defaultLookup()
                .find("memcpy")
                .map(symbol -> linker.downcallHandle(
                        symbol,
                        FunctionDescriptor.of(
                                ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG)))
                .orElse(null);
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
