package io.benchctl.runtime.platform.portable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.benchctl.api.platform.AccessHint;
import io.benchctl.api.platform.IoChannel;
import io.benchctl.api.platform.Platform;
import io.benchctl.runtime.platform.CpuTopology;
import io.benchctl.runtime.platform.UnavailableException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pure-JDK layer, on whatever OS runs the test: real files, every fallback's warning. */
class PortablePlatformTest {

    @TempDir
    Path dir;

    private final Map<String, String> warnings = new LinkedHashMap<>();

    @Test
    void filesAreBufferedAndDirectIoIsRefusedWithTheReason() throws IOException {
        Platform platform = new PortablePlatform("Linux").forWorkload(warnings::put);
        assertEquals("portable", platform.name());
        String reason = platform.files().whyNoDirectIo(dir, 4096).orElseThrow();
        assertTrue(reason.contains("no file for direct I/O"), reason);
        assertThrows(IOException.class, () -> platform.files().create(dir.resolve("direct.dat"), true));

        try (IoChannel channel = platform.files().create(dir.resolve("data.dat"), false)) {
            assertFalse(channel.direct());
            channel.write(ByteBuffer.wrap("benchctl".getBytes(StandardCharsets.US_ASCII)), 4);
            channel.sync();
            ByteBuffer read = ByteBuffer.allocate(8);
            assertEquals(8, channel.read(read, 4));
            assertEquals("benchctl", new String(read.array(), StandardCharsets.US_ASCII));
            assertEquals(-1, channel.read(read.clear(), 12));
        }
        assertThrows(IOException.class, () -> platform.files().create(dir.resolve("data.dat"), false), "CREATE_NEW");
        assertEquals(Map.of(), warnings, "fsync is durable on Linux: no durable-sync-fallback");
    }

    @Test
    void onMacOsItsSyncIsNotDurableAndSaysSo() throws IOException {
        Platform platform = new PortablePlatform("Mac OS X").forWorkload(warnings::put);
        try (IoChannel channel = platform.files().create(dir.resolve("data.dat"), false)) {
            channel.sync();
        }
        assertTrue(warnings.get("durable-sync-fallback").contains("F_FULLFSYNC"), warnings.toString());
    }

    @Test
    void thePageCacheIsUnavailableAndEachUseRecordsIt() throws IOException {
        Platform platform = new PortablePlatform("Windows 11").forWorkload(warnings::put);
        Path file = Files.writeString(dir.resolve("cached.dat"), "x");
        assertFalse(platform.pageCache().evict(file));
        try (IoChannel channel = platform.files().create(dir.resolve("hinted.dat"), false)) {
            assertFalse(platform.pageCache().advise(channel, AccessHint.RANDOM));
        }
        assertTrue(platform.pageCache().residentFraction(file).isEmpty());
        assertEquals(java.util.Set.of("page-cache-unavailable"), warnings.keySet());
        assertTrue(platform.sockets().tcpBufferAutotuning().isEmpty());
    }

    @Test
    void noAffinityAndOnlyTheJdksHostFacts() {
        PortablePlatform layer = new PortablePlatform("Windows 11");
        var error =
                assertThrows(UnavailableException.class, () -> layer.affinity().allowedCpus());
        assertTrue(error.getMessage().contains("pins no thread"), error.getMessage());
        assertEquals(CpuTopology.UNKNOWN, layer.host().cpu());
        assertTrue(layer.host().kernelRelease().isEmpty());
        assertTrue(layer.host().hostname().isPresent(), "the JDK names the host");
    }
}
