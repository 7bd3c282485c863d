package io.benchctl.runtime.platform.macos;

import io.benchctl.api.platform.FileIo;
import io.benchctl.api.platform.IoChannel;
import io.benchctl.runtime.platform.BufferedFileIo;
import io.benchctl.runtime.platform.Warnings;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Files through {@link MacIoChannel}; where libSystem lacks one of its calls, through the JDK
 * ({@link BufferedFileIo}): no direct I/O, and syncs that record {@code durable-sync-fallback}.
 */
final class MacFileIo implements FileIo {
    private static final String PROBE_FILE = "direct-io-probe";

    private final MacLibc libc;
    private final Warnings warnings;
    private final BufferedFileIo fallback;

    MacFileIo(MacLibc libc, Warnings warnings) {
        this.libc = libc;
        this.warnings = warnings;
        String missing = "libSystem has no " + libc.missingFileCall();
        this.fallback = new BufferedFileIo(
                missing + ", so no file is opened with F_NOCACHE",
                missing + ": syncs are the JDK's fsync(2), which on macOS leaves writes in the drive's cache",
                warnings);
    }

    @Override
    public Optional<String> whyNoDirectIo(Path folder, int alignmentBytes) {
        if (!libc.hasFileCalls()) {
            return fallback.whyNoDirectIo(folder, alignmentBytes);
        }
        Path probe = folder.resolve(PROBE_FILE);
        try (Arena arena = Arena.ofConfined();
                IoChannel channel = MacIoChannel.create(libc, probe, true, warnings)) {
            ByteBuffer block = arena.allocate(alignmentBytes, alignmentBytes).asByteBuffer();
            channel.write(block, 0);
            channel.read(block.clear(), 0);
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of("opening or using a file with F_NOCACHE failed (" + e.getMessage() + ")");
        } finally {
            try {
                Files.deleteIfExists(probe);
            } catch (IOException e) {
                // The scratch folder is removed by the runtime in any case.
            }
        }
    }

    @Override
    public IoChannel create(Path file, boolean direct) throws IOException {
        return libc.hasFileCalls() ? MacIoChannel.create(libc, file, direct, warnings) : fallback.create(file, direct);
    }
}
