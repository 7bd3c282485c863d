package io.benchctl.runtime.platform.linux;

import com.sun.nio.file.ExtendedOpenOption;
import io.benchctl.api.platform.FileIo;
import io.benchctl.api.platform.IoChannel;
import io.benchctl.runtime.platform.JdkIoChannel;
import io.benchctl.runtime.platform.Warnings;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Files opened by the JDK, with {@code O_DIRECT} ({@link ExtendedOpenOption#DIRECT}) when asked;
 * {@link FileChannel#force} is {@code fsync(2)}, durable on Linux. Positional I/O is the JDK's
 * {@code pread}/{@code pwrite} (adr/0014).
 */
final class LinuxFileIo implements FileIo {
    private static final String PROBE_FILE = "direct-io-probe";

    private final Warnings warnings;

    LinuxFileIo(Warnings warnings) {
        this.warnings = warnings;
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
        List<OpenOption> options = new ArrayList<>(
                List.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.READ, StandardOpenOption.WRITE));
        if (direct) {
            options.add(ExtendedOpenOption.DIRECT);
        }
        return new JdkIoChannel(
                file, FileChannel.open(file, options.toArray(OpenOption[]::new)), direct, null, warnings);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // The scratch folder is removed by the runtime in any case.
        }
    }
}
