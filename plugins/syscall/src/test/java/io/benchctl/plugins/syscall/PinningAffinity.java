package io.benchctl.plugins.syscall;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import io.benchctl.api.CpuAffinity;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.List;

/**
 * Pins threads with sched_setaffinity(2), thread index i to the i-th CPU this process may use
 * (wrapping around). Test scope only, for tests and the bench driver, until the runtime's own
 * affinity service is on the class path.
 */
final class PinningAffinity implements CpuAffinity {
    private static final int CPU_SET_BYTES = 128;
    private static final Linker LINKER = Linker.nativeLinker();
    private static final MethodHandle GET = handle("sched_getaffinity");
    private static final MethodHandle SET = handle("sched_setaffinity");

    private final List<Integer> cpus;

    PinningAffinity() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment mask = arena.allocate(CPU_SET_BYTES);
            if ((int) GET.invokeExact(0, (long) CPU_SET_BYTES, mask) != 0) {
                throw new IllegalStateException("sched_getaffinity failed");
            }
            List<Integer> allowed = new ArrayList<>();
            for (int cpu = 0; cpu < CPU_SET_BYTES * 8; cpu++) {
                if ((mask.get(JAVA_BYTE, cpu / 8) & (1 << (cpu % 8))) != 0) {
                    allowed.add(cpu);
                }
            }
            cpus = List.copyOf(allowed);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public int pinCurrentThread(int threadIndex) {
        int cpu = cpus.get(threadIndex % cpus.size());
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment mask = arena.allocate(CPU_SET_BYTES);
            mask.set(JAVA_BYTE, cpu / 8, (byte) (1 << (cpu % 8)));
            return (int) SET.invokeExact(0, (long) CPU_SET_BYTES, mask) == 0 ? cpu : -1;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private static MethodHandle handle(String name) {
        return LINKER.downcallHandle(
                LINKER.defaultLookup().find(name).orElseThrow(),
                FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_LONG, ADDRESS));
    }
}
