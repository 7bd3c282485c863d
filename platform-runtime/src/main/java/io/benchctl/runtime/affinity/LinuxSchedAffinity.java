package io.benchctl.runtime.affinity;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.util.BitSet;

/**
 * glibc's {@code sched_getaffinity}/{@code sched_setaffinity} through FFM. A pid of 0 means the
 * calling thread. Masks are passed as byte arrays in the kernel's layout (bit n of byte n/8 is
 * CPU n), which is also {@link BitSet#toByteArray()}'s.
 */
final class LinuxSchedAffinity {

    /** glibc's cpu_set_t is 1024 bits; larger hosts need a larger mask, tried on EINVAL. */
    private static final int INITIAL_MASK_BYTES = 128;

    private static final int MAX_MASK_BYTES = 1 << 16;
    private static final int EINVAL = 22;

    private static final StructLayout CALL_STATE = Linker.Option.captureStateLayout();
    private static final VarHandle ERRNO =
            CALL_STATE.varHandle(java.lang.foreign.MemoryLayout.PathElement.groupElement("errno"));
    private static final MethodHandle GET = downcall("sched_getaffinity");
    private static final MethodHandle SET = downcall("sched_setaffinity");

    private LinuxSchedAffinity() {}

    /** The CPUs the thread (or, with the process id, the process's main thread) may run on. */
    static BitSet get(long pid) throws AffinityException {
        for (int bytes = INITIAL_MASK_BYTES; bytes <= MAX_MASK_BYTES; bytes *= 2) {
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment mask = arena.allocate(bytes);
                MemorySegment state = arena.allocate(CALL_STATE);
                int rc = (int) GET.invokeExact(state, (int) pid, (long) bytes, mask);
                if (rc >= 0) {
                    return BitSet.valueOf(mask.toArray(java.lang.foreign.ValueLayout.JAVA_BYTE));
                }
                int errno = (int) ERRNO.get(state, 0L);
                if (errno != EINVAL) {
                    throw new AffinityException("sched_getaffinity failed: errno " + errno);
                }
            } catch (AffinityException e) {
                throw e;
            } catch (Throwable e) {
                throw new AffinityException("sched_getaffinity could not be called: " + e, e);
            }
        }
        throw new AffinityException("sched_getaffinity: more than " + MAX_MASK_BYTES * 8 + " CPUs");
    }

    /** Restricts the calling thread to {@code cpus}. */
    static void setCurrentThread(BitSet cpus) throws AffinityException {
        byte[] bits = cpus.toByteArray();
        int bytes = Math.max(INITIAL_MASK_BYTES, (bits.length + 7) / 8 * 8);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment mask = arena.allocate(bytes);
            MemorySegment.copy(MemorySegment.ofArray(bits), 0, mask, 0, bits.length);
            MemorySegment state = arena.allocate(CALL_STATE);
            int rc = (int) SET.invokeExact(state, 0, (long) bytes, mask);
            if (rc != 0) {
                throw new AffinityException("sched_setaffinity(" + cpus + ") failed: errno " + ERRNO.get(state, 0L));
            }
        } catch (AffinityException e) {
            throw e;
        } catch (Throwable e) {
            throw new AffinityException("sched_setaffinity could not be called: " + e, e);
        }
    }

    private static MethodHandle downcall(String name) {
        Linker linker = Linker.nativeLinker();
        return linker.downcallHandle(
                linker.defaultLookup().find(name).orElseThrow(() -> new UnsatisfiedLinkError(name + " not in libc")),
                FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_LONG, ADDRESS),
                Linker.Option.captureCallState("errno"));
    }

    /** Pinning could not be applied; the message says why. */
    static final class AffinityException extends Exception {
        AffinityException(String message) {
            super(message);
        }

        AffinityException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
