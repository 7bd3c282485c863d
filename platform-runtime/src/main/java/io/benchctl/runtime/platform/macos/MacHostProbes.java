package io.benchctl.runtime.platform.macos;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import io.benchctl.runtime.platform.CacheSizes;
import io.benchctl.runtime.platform.CpuTopology;
import io.benchctl.runtime.platform.HostProbes;
import io.benchctl.runtime.platform.MemoryFigures;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The host as Darwin's {@code sysctlbyname} states it ({@code hw.*}, {@code kern.*},
 * {@code machdep.cpu.*}). Without the symbol, every answer is "unknown" and the host block asks
 * OSHI, as the portable layer does.
 */
final class MacHostProbes implements HostProbes {
    private static final int MAX_STRING_BYTES = 256;

    private final MacLibc libc;

    MacHostProbes(MacLibc libc) {
        this.libc = libc;
    }

    @Override
    public CpuTopology cpu() {
        int cores = (int) number("hw.physicalcpu").orElse(0);
        if (cores <= 0) {
            return CpuTopology.UNKNOWN;
        }
        return new CpuTopology(
                text("machdep.cpu.brand_string").orElse(null),
                text("machdep.cpu.vendor").orElse(null),
                (int) number("hw.packages").orElse(0),
                cores,
                (int) number("hw.logicalcpu").orElse(0),
                false);
    }

    @Override
    public CacheSizes caches() {
        return new CacheSizes.Builder()
                .add(1, "Data", number("hw.l1dcachesize").orElse(0))
                .add(1, "Instruction", number("hw.l1icachesize").orElse(0))
                .add(2, "Unified", number("hw.l2cachesize").orElse(0))
                .add(3, "Unified", number("hw.l3cachesize").orElse(0))
                .build();
    }

    @Override
    public MemoryFigures memory() {
        long total = number("hw.memsize").orElse(-1);
        return total <= 0 ? MemoryFigures.UNKNOWN : new MemoryFigures(total, -1, -1, -1);
    }

    @Override
    public Optional<String> kernelRelease() {
        return text("kern.osrelease");
    }

    @Override
    public Optional<String> hostname() {
        return text("kern.hostname").or(HostProbes.super::hostname);
    }

    @Override
    public OptionalLong maxFrequencyHz() {
        return number("hw.cpufrequency_max"); // Intel Macs only; Apple silicon does not say
    }

    /** An integer sysctl (4 or 8 bytes, as the kernel returns it); empty where unknown. */
    OptionalLong number(String name) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment value = arena.allocate(JAVA_LONG);
            long bytes = call(arena, name, value);
            return bytes == 8
                    ? OptionalLong.of(value.get(JAVA_LONG, 0))
                    : bytes == 4 ? OptionalLong.of(value.get(JAVA_INT, 0)) : OptionalLong.empty();
        }
    }

    /** A string sysctl; empty where unknown. */
    Optional<String> text(String name) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment value = arena.allocate(MAX_STRING_BYTES);
            long bytes = call(arena, name, value);
            String text = bytes > 0 ? value.getString(0).strip() : "";
            return text.isEmpty() ? Optional.empty() : Optional.of(text);
        }
    }

    /** Bytes written into {@code value}, or -1 when the call is missing or fails. */
    private long call(Arena arena, String name, MemorySegment value) {
        if (libc.sysctlbyname.isEmpty()) {
            return -1;
        }
        MemorySegment length = arena.allocate(JAVA_LONG);
        length.set(JAVA_LONG, 0, value.byteSize());
        try {
            int rc = (int) libc.sysctlbyname
                    .get()
                    .invokeExact(arena.allocateFrom(name), value, length, MemorySegment.NULL, 0L);
            return rc == 0 ? length.get(JAVA_LONG, 0) : -1;
        } catch (Throwable e) {
            return -1;
        }
    }
}
