package io.benchctl.runtime.platform.macos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.benchctl.api.platform.IoChannel;
import io.benchctl.api.platform.Platform;
import io.benchctl.runtime.platform.CacheSizes;
import io.benchctl.runtime.platform.CpuTopology;
import io.benchctl.runtime.platform.JdkIoChannel;
import io.benchctl.runtime.platform.MemoryFigures;
import io.benchctl.runtime.platform.UnavailableException;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.Linker;
import java.lang.foreign.SymbolLookup;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The macOS layer's fallbacks, off macOS: a lookup that lacks symbols stands for an older or
 * stripped libSystem, and the real native linker on Linux has the POSIX calls but neither
 * {@code sysctlbyname} nor Darwin's {@code F_NOCACHE}/{@code F_FULLFSYNC} commands. A missing
 * symbol or a refused command must be a fallback with a warning, never a crash.
 */
class MacPlatformTest {
    private static final SymbolLookup NOTHING = name -> Optional.empty();

    @TempDir
    Path dir;

    private final Map<String, String> warnings = new LinkedHashMap<>();

    @Test
    void withoutAnySymbolEveryCapabilityFallsBackWithItsReason() throws IOException {
        MacPlatform layer = new MacPlatform(NOTHING);
        assertEquals("macos", layer.name());
        var error =
                assertThrows(UnavailableException.class, () -> layer.affinity().allowedCpus());
        assertTrue(error.getMessage().contains("affinity tags are scheduling hints"), error.getMessage());
        assertEquals(CpuTopology.UNKNOWN, layer.host().cpu());
        assertEquals(CacheSizes.UNKNOWN, layer.host().caches());
        assertEquals(MemoryFigures.UNKNOWN, layer.host().memory());
        assertTrue(layer.host().kernelRelease().isEmpty());

        Platform platform = layer.forWorkload(warnings::put);
        assertEquals(
                "libSystem has no open, so no file is opened with F_NOCACHE",
                platform.files().whyNoDirectIo(dir, 4096).orElseThrow());
        assertThrows(IOException.class, () -> platform.files().create(dir.resolve("direct.dat"), true));
        try (IoChannel channel = platform.files().create(dir.resolve("data.dat"), false)) {
            assertTrue(channel instanceof JdkIoChannel, "the JDK's channel");
            channel.write(ByteBuffer.wrap(new byte[] {1, 2, 3}), 0);
            channel.sync();
        }
        assertTrue(warnings.get("durable-sync-fallback").startsWith("libSystem has no open"), warnings.toString());
        assertFalse(platform.pageCache().evict(dir.resolve("data.dat")));
        assertEquals(Set.of("durable-sync-fallback", "page-cache-unavailable"), warnings.keySet());
        assertTrue(platform.sockets().tcpBufferAutotuning().isEmpty());
    }

    @Test
    void oneMissingCallIsNamed() {
        SymbolLookup real = Linker.nativeLinker().defaultLookup();
        SymbolLookup withoutFcntl = name -> name.equals("fcntl") ? Optional.empty() : real.find(name);
        Platform platform = new MacPlatform(withoutFcntl).forWorkload(warnings::put);
        assertEquals(
                "libSystem has no fcntl, so no file is opened with F_NOCACHE",
                platform.files().whyNoDirectIo(dir, 4096).orElseThrow());
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void onLinuxThePosixCallsWorkAndDarwinsCommandsAreRefusedIntoFallbacks() throws IOException {
        MacPlatform layer = new MacPlatform(Linker.nativeLinker().defaultLookup());
        assertEquals(CpuTopology.UNKNOWN, layer.host().cpu(), "glibc has no sysctlbyname");
        Platform platform = layer.forWorkload(warnings::put);

        String whyNot = platform.files().whyNoDirectIo(dir, 4096).orElseThrow();
        assertTrue(whyNot.startsWith("opening or using a file with F_NOCACHE failed (fcntl(F_NOCACHE)"), whyNot);
        assertFalse(Files.exists(dir.resolve("direct-io-probe")), "the probe file is removed");

        try (Arena arena = Arena.ofConfined();
                IoChannel channel = platform.files().create(dir.resolve("data.dat"), false)) {
            assertTrue(channel instanceof MacIoChannel, "libSystem's open, pread and pwrite");
            ByteBuffer block = arena.allocate(4096, 4096).asByteBuffer();
            block.putLong(0, 0x0123_4567_89ab_cdefL);
            assertEquals(4096, channel.write(block, 8192));
            assertEquals(4096 * 3, Files.size(dir.resolve("data.dat")));
            ByteBuffer read = arena.allocate(4096, 4096).asByteBuffer();
            assertEquals(4096, channel.read(read, 8192));
            assertEquals(0x0123_4567_89ab_cdefL, read.getLong(0));
            assertEquals(-1, channel.read(read.clear(), 4096 * 3));
            channel.sync();
        }
        String fallback = warnings.get("durable-sync-fallback");
        assertTrue(fallback.startsWith("fcntl(F_FULLFSYNC) was refused (errno 22)"), warnings.toString());
    }
}
