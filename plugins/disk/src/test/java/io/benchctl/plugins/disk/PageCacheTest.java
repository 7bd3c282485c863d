package io.benchctl.plugins.disk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Page-cache residency checked from outside with util-linux {@code fincore}. */
class PageCacheTest {
    private static final int PAGE = 4096;

    @TempDir
    Path dir;

    @BeforeAll
    static void needsFincore() {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/fincore")), "needs util-linux fincore");
    }

    @Test
    void droppingLeavesNoPageOfTheFileResident() throws Exception {
        Path file = dir.resolve("cached.dat");
        Files.write(file, new byte[4 << 20]);
        Files.readAllBytes(file);
        assertTrue(residentBytes(file) > 0, "a file just read is cached");

        assertEquals(Optional.empty(), PageCache.drop(file));

        assertEquals(0, residentBytes(file));
    }

    @Test
    void theRandomHintStopsReadaheadOnTheChannelsOwnDescriptor() throws Exception {
        Path hinted = coldFile("hinted.dat");
        Path plain = coldFile("plain.dat");
        try (FileChannel hintedChannel = FileChannel.open(hinted, StandardOpenOption.READ);
                FileChannel plainChannel = FileChannel.open(plain, StandardOpenOption.READ)) {
            assertEquals(Optional.empty(), PageCache.adviseAccess(hinted, false));
            readFirstPages(hintedChannel, 16);
            readFirstPages(plainChannel, 16);
        }
        assertEquals(16 * PAGE, residentBytes(hinted), "only the pages read");
        assertTrue(residentBytes(plain) > 16 * PAGE, "without the hint the kernel reads ahead");
    }

    @Test
    void aFileThatIsNotOpenCannotBeAdvised() throws Exception {
        Path file = Files.write(dir.resolve("closed.dat"), new byte[PAGE]);
        assertEquals(
                Optional.of("no open descriptor of the file under /proc/self/fd"), PageCache.adviseAccess(file, true));
    }

    private Path coldFile(String name) throws Exception {
        Path file = Files.write(dir.resolve(name), new byte[8 << 20]);
        assertEquals(Optional.empty(), PageCache.drop(file));
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
