package io.benchctl.runtime.platform.linux;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.benchctl.api.platform.IoChannel;
import io.benchctl.runtime.platform.JdkIoChannel;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.Linker;
import java.lang.foreign.SymbolLookup;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files read and written through the FFM channel on real file systems: the build folder (ext4
 * here, which takes O_DIRECT) and /dev/shm (tmpfs, which refuses it); the bytes are checked with
 * the JDK's own file reading.
 */
@EnabledOnOs(OS.LINUX)
class LinuxIoChannelTest {
    private static final int BLOCK = 4096;
    private static final Path BUILD_DIR = Path.of("target");

    private final List<String> warnings = new ArrayList<>();
    private final LinuxFileIo files = new LinuxFileIo((code, message) -> warnings.add(code + ": " + message));

    @TempDir(factory = InBuildFolder.class)
    Path dir;

    @Test
    void directWritesAndReadsRoundTripThroughOneDowncallEach() throws Exception {
        assumeTrue(files.whyNoDirectIo(dir, BLOCK).isEmpty(), "the build folder's file system takes O_DIRECT");
        Path file = dir.resolve("direct.dat");
        byte[] written = randomBytes(4 * BLOCK);
        try (Arena arena = Arena.ofConfined();
                IoChannel channel = files.create(file, true)) {
            assertInstanceOf(LinuxIoChannel.class, channel);
            assertTrue(channel.direct());
            ByteBuffer block = arena.allocate(4 * BLOCK, BLOCK).asByteBuffer();
            block.put(written).flip();
            assertEquals(4 * BLOCK, channel.write(block, 0));
            assertEquals(0, block.remaining());
            channel.sync();

            ByteBuffer back = arena.allocate(BLOCK, BLOCK).asByteBuffer();
            assertEquals(BLOCK, channel.read(back, 2 * BLOCK));
            byte[] third = new byte[BLOCK];
            back.flip().get(third);
            assertArrayEquals(java.util.Arrays.copyOfRange(written, 2 * BLOCK, 3 * BLOCK), third);
        }
        assertArrayEquals(written, Files.readAllBytes(file));
        assertTrue(warnings.isEmpty(), warnings.toString());
    }

    @Test
    void aMisalignedDirectReadIsAClearIoExceptionWithTheErrno() throws Exception {
        assumeTrue(files.whyNoDirectIo(dir, BLOCK).isEmpty(), "the build folder's file system takes O_DIRECT");
        try (Arena arena = Arena.ofConfined();
                IoChannel channel = files.create(dir.resolve("misaligned.dat"), true)) {
            ByteBuffer block = arena.allocate(BLOCK, BLOCK).asByteBuffer();
            channel.write(block, 0);
            IOException e = assertThrows(IOException.class, () -> channel.read(block.clear(), 1));
            assertTrue(e.getMessage().startsWith("pread of 4096 bytes at 1 in "), e.getMessage());
            assertTrue(e.getMessage().endsWith("Invalid argument (errno 22)"), e.getMessage());
        }
    }

    @Test
    void bufferedChannelsTakeHeapBuffersAndReadShortAtTheEndOfTheFile() throws Exception {
        Path file = dir.resolve("buffered.dat");
        byte[] written = randomBytes(10_000);
        try (IoChannel channel = files.create(file, false)) {
            assertInstanceOf(LinuxIoChannel.class, channel);
            ByteBuffer heap = ByteBuffer.wrap(written);
            assertEquals(written.length, channel.write(heap, 0));

            ByteBuffer tail = ByteBuffer.allocate(4096);
            assertEquals(10_000 - 8192, channel.read(tail, 8192), "a short read returns what is there");
            assertEquals(10_000 - 8192, tail.position());
            assertArrayEquals(
                    java.util.Arrays.copyOfRange(written, 8192, 10_000),
                    java.util.Arrays.copyOf(tail.array(), 10_000 - 8192));
            assertEquals(-1, channel.read(tail.clear(), 10_000), "at the end of the file");
        }
        assertArrayEquals(written, Files.readAllBytes(file));
    }

    @Test
    void creatingAFileThatExistsFailsAsCreateNewDoes() throws Exception {
        Path file = Files.writeString(dir.resolve("exists.dat"), "x");
        IOException e = assertThrows(IOException.class, () -> files.create(file, false));
        assertTrue(e.getMessage().contains("File exists (errno 17)"), e.getMessage());
    }

    @Test
    void tmpfsRefusesODirectAtOpenWithTheReason() throws Exception {
        Path shm = Path.of("/dev/shm");
        assumeTrue(Files.isWritable(shm), "needs a writable /dev/shm (tmpfs)");
        assumeTrue(files.whyNoDirectIo(shm, BLOCK).isPresent(), "this tmpfs takes O_DIRECT (kernel 6.6+)");
        Path file = shm.resolve("p-perf-direct-" + ProcessHandle.current().pid() + ".dat");
        try {
            IOException e = assertThrows(IOException.class, () -> files.create(file, true));
            assertTrue(e.getMessage().contains("with O_DIRECT: Invalid argument (errno 22)"), e.getMessage());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void aCLibraryWithoutPreadFallsBackToFileChannelWithAWarning() throws Exception {
        SymbolLookup real = Linker.nativeLinker().defaultLookup();
        SymbolLookup noPread = name -> name.equals("pread") ? Optional.empty() : real.find(name);
        LinuxFileIo fallback = new LinuxFileIo(
                (code, message) -> warnings.add(code + ": " + message), Optional.of(new LinuxLibc(noPread)), "amd64");
        try (IoChannel channel = fallback.create(dir.resolve("fallback.dat"), false)) {
            assertInstanceOf(JdkIoChannel.class, channel);
            assertEquals(3, channel.write(ByteBuffer.wrap(new byte[] {1, 2, 3}), 0));
        }
        assertEquals(1, warnings.size());
        assertTrue(
                warnings.getFirst().startsWith("native-io-unavailable: the C library has no pread()"),
                warnings.toString());
    }

    @Test
    void anArchitectureWhoseODirectIsUnknownFallsBackOnlyForDirectIo() throws Exception {
        LinuxFileIo unknown = new LinuxFileIo(
                (code, message) -> warnings.add(code + ": " + message),
                Optional.of(new LinuxLibc(Linker.nativeLinker().defaultLookup())),
                "sparcv9");
        try (IoChannel buffered = unknown.create(dir.resolve("buffered.dat"), false)) {
            assertInstanceOf(LinuxIoChannel.class, buffered);
        }
        assertTrue(warnings.isEmpty(), warnings.toString());
        assumeTrue(files.whyNoDirectIo(dir, BLOCK).isEmpty(), "the build folder's file system takes O_DIRECT");
        try (IoChannel direct = unknown.create(dir.resolve("direct.dat"), true)) {
            assertInstanceOf(JdkIoChannel.class, direct);
        }
        assertTrue(warnings.getFirst().startsWith("native-io-unavailable: O_DIRECT's value on sparcv9 is unknown"));
    }

    private static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        new Random(length).nextBytes(bytes);
        return bytes;
    }

    /** Temp folders under target/: /tmp may be tmpfs elsewhere, which refuses O_DIRECT. */
    static final class InBuildFolder implements org.junit.jupiter.api.io.TempDirFactory {
        @Override
        public Path createTempDirectory(
                org.junit.jupiter.api.extension.AnnotatedElementContext elementContext,
                org.junit.jupiter.api.extension.ExtensionContext extensionContext)
                throws IOException {
            Files.createDirectories(BUILD_DIR);
            return Files.createTempDirectory(BUILD_DIR, "p-perf-io-");
        }
    }
}
