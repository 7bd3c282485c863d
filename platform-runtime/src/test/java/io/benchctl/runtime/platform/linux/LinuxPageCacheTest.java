package io.benchctl.runtime.platform.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.benchctl.api.platform.AccessHint;
import io.benchctl.runtime.platform.JdkIoChannel;
import io.benchctl.runtime.platform.Warnings;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Page-cache residency checked from outside with util-linux {@code fincore}, and with our own mincore. */
@EnabledOnOs(OS.LINUX)
class LinuxPageCacheTest {
    private static final int PAGE = 4096;

    private final LinuxPageCache pageCache = new LinuxPageCache(Warnings.IGNORE);

    @TempDir
    Path dir;

    @BeforeAll
    static void needsFincore() {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/fincore")), "needs util-linux fincore");
    }

    @Test
    void evictingLeavesNoPageOfTheFileResident() throws Exception {
        Path file = dir.resolve("cached.dat");
        Files.write(file, new byte[4 << 20]);
        Files.readAllBytes(file);
        assertTrue(residentBytes(file) > 0, "a file just read is cached");
        assertTrue(pageCache.residentFraction(file).orElseThrow() > 0.5, "mincore agrees");

        assertTrue(pageCache.evict(file));

        assertEquals(0, residentBytes(file));
        assertEquals(0.0, pageCache.residentFraction(file).orElseThrow());
    }

    @Test
    void theRandomHintStopsReadaheadOnTheChannelsOwnDescriptor() throws Exception {
        Path hinted = coldFile("hinted.dat");
        Path plain = coldFile("plain.dat");
        try (FileChannel hintedChannel = FileChannel.open(hinted, StandardOpenOption.READ);
                FileChannel plainChannel = FileChannel.open(plain, StandardOpenOption.READ)) {
            assertTrue(pageCache.advise(channel(hinted, hintedChannel), AccessHint.RANDOM));
            readFirstPages(hintedChannel, 16);
            readFirstPages(plainChannel, 16);
        }
        assertEquals(16 * PAGE, residentBytes(hinted), "only the pages read");
        assertTrue(residentBytes(plain) > 16 * PAGE, "without the hint the kernel reads ahead");
    }

    @Test
    void aFileThatIsNotOpenCannotBeAdvised() throws Exception {
        Path file = Files.write(dir.resolve("closed.dat"), new byte[PAGE]);
        FileChannel closed = FileChannel.open(file, StandardOpenOption.READ);
        closed.close();
        IOException failure =
                assertThrows(IOException.class, () -> pageCache.advise(channel(file, closed), AccessHint.SEQUENTIAL));
        assertEquals("no open descriptor of the file under /proc/self/fd", failure.getMessage());
    }

    private static JdkIoChannel channel(Path file, FileChannel channel) {
        return new JdkIoChannel(file, channel, false, null, Warnings.IGNORE);
    }

    private Path coldFile(String name) throws Exception {
        Path file = Files.write(dir.resolve(name), new byte[8 << 20]);
        assertTrue(pageCache.evict(file));
        return file;
    }

    private static void readFirstPages(FileChannel channel, int pages) throws Exception {
        ByteBuffer page = ByteBuffer.allocateDirect(PAGE);
        for (int i = 0; i < pages; i++) {
            channel.read(page.clear(), (long) i * PAGE);
        }
    }

    static long residentBytes(Path file) throws Exception {
        Process fincore = new ProcessBuilder("fincore", "--bytes", "--noheadings", "--output", "RES", file.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(fincore.getInputStream().readAllBytes()).strip();
        assertEquals(0, fincore.waitFor(), output);
        return Long.parseLong(output);
    }
}
