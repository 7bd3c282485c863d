package io.benchctl.runtime.platform.linux;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import io.benchctl.runtime.platform.ThreadAffinity;
import io.benchctl.runtime.platform.UnavailableException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.util.BitSet;

/**
 * glibc's {@code sched_getaffinity}/{@code sched_setaffinity} through FFM. Masks are passed as
 * byte arrays in the kernel's layout (bit n of byte n/8 is CPU n), which is also
 * {@link BitSet#toByteArray()}'s.
 */
final class LinuxSchedAffinity implements ThreadAffinity {

    /** glibc's cpu_set_t is 1024 bits; larger hosts need a larger mask, tried on EINVAL. */
    private static final int INITIAL_MASK_BYTES = 128;

    private static final int MAX_MASK_BYTES = 1 << 16;
    private static final int EINVAL = 22;

    private static final StructLayout CALL_STATE = Linker.Option.captureStateLayout();
    private static final VarHandle ERRNO = CALL_STATE.varHandle(MemoryLayout.PathElement.groupElement("errno"));
    /** Null where the C library lacks them: affinity is then unavailable, never a crash. */
    private static final MethodHandle GET = downcall("sched_getaffinity");

    private static final MethodHandle SET = downcall("sched_setaffinity");

    /** The CPUs the process's main thread may run on (a pid of 0 would mean the calling thread). */
    @Override
    public BitSet allowedCpus() throws UnavailableException {
        long pid = ProcessHandle.current().pid();
        for (int bytes = INITIAL_MASK_BYTES; bytes <= MAX_MASK_BYTES; bytes *= 2) {
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment mask = arena.allocate(bytes);
                MemorySegment state = arena.allocate(CALL_STATE);
                int rc = (int) handle(GET, "sched_getaffinity").invokeExact(state, (int) pid, (long) bytes, mask);
                if (rc >= 0) {
                    return BitSet.valueOf(mask.toArray(JAVA_BYTE));
                }
                int errno = (int) ERRNO.get(state, 0L);
                if (errno != EINVAL) {
                    throw new UnavailableException("sched_getaffinity failed: errno " + errno);
                }
            } catch (UnavailableException e) {
                throw e;
            } catch (Throwable e) {
                throw new UnavailableException("sched_getaffinity could not be called: " + e, e);
            }
        }
        throw new UnavailableException("sched_getaffinity: more than " + MAX_MASK_BYTES * 8 + " CPUs");
    }

    @Override
    public void restrictCurrentThread(BitSet cpus) throws UnavailableException {
        byte[] bits = cpus.toByteArray();
        int bytes = Math.max(INITIAL_MASK_BYTES, (bits.length + 7) / 8 * 8);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment mask = arena.allocate(bytes);
            MemorySegment.copy(MemorySegment.ofArray(bits), 0, mask, 0, bits.length);
            MemorySegment state = arena.allocate(CALL_STATE);
            int rc = (int) handle(SET, "sched_setaffinity").invokeExact(state, 0, (long) bytes, mask);
            if (rc != 0) {
                throw new UnavailableException("sched_setaffinity(" + cpus + ") failed: errno " + ERRNO.get(state, 0L));
            }
        } catch (UnavailableException e) {
            throw e;
        } catch (Throwable e) {
            throw new UnavailableException("sched_setaffinity could not be called: " + e, e);
        }
    }

    private static MethodHandle handle(MethodHandle handle, String name) throws UnavailableException {
        if (handle == null) {
            throw new UnavailableException(name + " is not in this C library");
        }
        return handle;
    }

    private static MethodHandle downcall(String name) {
        Linker linker = Linker.nativeLinker();
        return linker.defaultLookup()
                .find(name)
                .map(symbol -> linker.downcallHandle(
                        symbol,
                        FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_LONG, ADDRESS),
                        Linker.Option.captureCallState("errno")))
                .orElse(null);
    }
}
