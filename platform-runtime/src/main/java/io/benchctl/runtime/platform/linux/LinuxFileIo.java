package io.benchctl.runtime.platform.linux;

import com.sun.nio.file.ExtendedOpenOption;
import io.benchctl.api.platform.FileIo;
import io.benchctl.api.platform.IoChannel;
import io.benchctl.runtime.platform.JdkIoChannel;
import io.benchctl.runtime.platform.Warnings;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.Linker;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Files opened with {@code open(2)} and read and written by {@link LinuxIoChannel}, one
 * {@code pread}/{@code pwrite} downcall per I/O ({@code O_DIRECT} when asked; {@code fsync(2)},
 * durable on Linux). Where the C library lacks one of those calls, or {@code O_DIRECT}'s value on
 * this architecture is unknown, files are opened by the JDK's {@link FileChannel} instead (the
 * same system calls behind a lock) and {@code native-io-unavailable} is recorded (adr/0014).
 */
final class LinuxFileIo implements FileIo {
    private static final String PROBE_FILE = "direct-io-probe";

    private final Warnings warnings;
    private final Optional<LinuxLibc> libc;
    private final String arch;

    LinuxFileIo(Warnings warnings) {
        this(warnings, Optional.empty(), System.getProperty("os.arch"));
    }

    /**
     * @param libc the C library's calls; empty: the default lookup's, looked up on first use
     * @param arch {@code os.arch}, which decides {@code O_DIRECT}'s value
     */
    LinuxFileIo(Warnings warnings, Optional<LinuxLibc> libc, String arch) {
        this.warnings = warnings;
        this.libc = libc;
        this.arch = arch;
    }

    @Override
    public Optional<String> whyNoDirectIo(Path folder, int alignmentBytes) {
        Path probe = folder.resolve(PROBE_FILE);
        try (Arena arena = Arena.ofConfined();
                FileChannel channel = FileChannel.open(
                        probe,
                        StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.READ,
                        StandardOpenOption.WRITE,
                        StandardOpenOption.DELETE_ON_CLOSE,
                        ExtendedOpenOption.DIRECT)) {
            ByteBuffer block = arena.allocate(alignmentBytes, alignmentBytes).asByteBuffer();
            channel.write(block, 0);
            channel.read(block.clear(), 0);
            return Optional.empty();
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.of("opening or using a file with O_DIRECT failed (" + e.getMessage() + ")");
        } finally {
            deleteQuietly(probe);
        }
    }

    @Override
    public IoChannel create(Path file, boolean direct) throws IOException {
        LinuxLibc calls = libc.orElseGet(DefaultLibc::get);
        Optional<String> missing = calls.missingFileCall();
        OptionalInt directFlag = direct ? LinuxLibc.directFlag(arch) : OptionalInt.of(0);
        if (missing.isEmpty() && directFlag.isPresent()) {
            return LinuxIoChannel.create(calls, file, directFlag.getAsInt());
        }
        warnings.warn(
                "native-io-unavailable",
                missing.map(call -> "the C library has no " + call + "()")
                                .orElse("O_DIRECT's value on " + arch + " is unknown")
                        + ": files are read and written through the JDK's FileChannel, which adds a lock"
                        + " and checks to each I/O (small-block IOPS can be a few % lower)");
        return jdkChannel(file, direct);
    }

    private IoChannel jdkChannel(Path file, boolean direct) throws IOException {
        List<OpenOption> options = new ArrayList<>(
                List.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.READ, StandardOpenOption.WRITE));
        if (direct) {
            options.add(ExtendedOpenOption.DIRECT);
        }
        return new JdkIoChannel(
                file, FileChannel.open(file, options.toArray(OpenOption[]::new)), direct, null, warnings);
    }

    /** The default lookup's calls, looked up when the first file is created, not when the layer is chosen. */
    private static final class DefaultLibc {
        private static final LinuxLibc LIBC =
                new LinuxLibc(Linker.nativeLinker().defaultLookup());

        static LinuxLibc get() {
            return LIBC;
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // The scratch folder is removed by the runtime in any case.
        }
    }
}
