package io.benchctl.runtime.platform.macos;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.benchctl.runtime.platform.CacheSizes;
import io.benchctl.runtime.platform.CpuTopology;
import io.benchctl.runtime.platform.MemoryFigures;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The macOS host probes read through a real FFM downcall into a {@code sysctlbyname} of ours: an
 * upcall stub that answers as Darwin does (4-byte and 8-byte integers, C strings, ENOENT as -1),
 * with the figures of an Apple M2 machine.
 */
class MacHostProbesTest {
    private static final Map<String, Object> DARWIN = Map.of(
            "hw.physicalcpu",
            8,
            "hw.logicalcpu",
            8,
            "hw.packages",
            1,
            "hw.memsize",
            17_179_869_184L,
            "hw.l1dcachesize",
            65_536L,
            "hw.l1icachesize",
            131_072L,
            "hw.l2cachesize",
            4_194_304L,
            "machdep.cpu.brand_string",
            "Apple M2",
            "kern.osrelease",
            "23.1.0",
            "net.inet.tcp.sendspace",
            131_072);

    private final Arena arena = Arena.ofShared();

    @AfterEach
    void free() {
        arena.close();
    }

    @Test
    void cpuCachesMemoryAndKernelComeFromSysctl() throws Exception {
        MacPlatform layer = new MacPlatform(lookupWithSysctl());
        assertEquals(
                new CpuTopology("Apple M2", null, 1, 8, 8, false), layer.host().cpu());
        assertEquals(
                new CacheSizes(65_536, 131_072, 4_194_304, 0, 4_194_304),
                layer.host().caches());
        assertEquals(
                new MemoryFigures(17_179_869_184L, -1, -1, -1), layer.host().memory());
        assertEquals(Optional.of("23.1.0"), layer.host().kernelRelease());
        assertEquals(true, layer.host().maxFrequencyHz().isEmpty(), "Apple silicon states no frequency");
        assertEquals(
                Optional.empty(),
                layer.forWorkload((code, message) -> {}).sockets().tcpBufferAutotuning(),
                "recvspace is missing, so the bounds are not stated half");
    }

    private SymbolLookup lookupWithSysctl() throws Exception {
        var target = MethodHandles.lookup()
                .findStatic(
                        MacHostProbesTest.class,
                        "sysctlbyname",
                        MethodType.methodType(
                                int.class,
                                MemorySegment.class,
                                MemorySegment.class,
                                MemorySegment.class,
                                MemorySegment.class,
                                long.class));
        MemorySegment stub = Linker.nativeLinker()
                .upcallStub(
                        target, FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_LONG), arena);
        SymbolLookup libc = Linker.nativeLinker().defaultLookup();
        return name -> name.equals("sysctlbyname") ? Optional.of(stub) : libc.find(name);
    }

    /** Darwin's {@code int sysctlbyname(const char *, void *oldp, size_t *oldlenp, void *newp, size_t newlen)}. */
    static int sysctlbyname(
            MemorySegment name, MemorySegment old, MemorySegment length, MemorySegment ignored, long none) {
        Object value = DARWIN.get(name.reinterpret(256).getString(0));
        MemorySegment size = length.reinterpret(JAVA_LONG.byteSize());
        MemorySegment out = old.reinterpret(size.get(JAVA_LONG, 0));
        switch (value) {
            case Integer i -> {
                out.set(JAVA_INT, 0, i);
                size.set(JAVA_LONG, 0, 4);
            }
            case Long l -> {
                out.set(JAVA_LONG, 0, l);
                size.set(JAVA_LONG, 0, 8);
            }
            case String s -> {
                byte[] bytes = (s + "\0").getBytes(StandardCharsets.US_ASCII);
                MemorySegment.copy(MemorySegment.ofArray(bytes), 0, out, 0, bytes.length);
                size.set(JAVA_LONG, 0, bytes.length);
            }
            case null -> {
                return -1; // ENOENT
            }
            default -> throw new IllegalStateException(value.toString());
        }
        return 0;
    }
}
