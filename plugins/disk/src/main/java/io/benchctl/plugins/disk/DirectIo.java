package io.benchctl.plugins.disk;

import io.benchctl.api.format.UnitText;
import io.benchctl.api.platform.FileIo;
import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Decides whether a workload's files are opened for direct I/O ({@code O_DIRECT} on Linux,
 * {@code F_NOCACHE} on macOS), by asking the file system and then the platform layer, which
 * tries it.
 *
 * <p>Memory file systems are refused by name: since Linux 6.6 tmpfs accepts {@code O_DIRECT}, but
 * there is no device behind it, so "direct" figures would be memory copies under a disk label.
 */
final class DirectIo {
    private static final Set<String> MEMORY_FILE_SYSTEMS = Set.of("tmpfs", "ramfs", "hugetlbfs");

    /** How a workload does its I/O. */
    record Decision(boolean direct, int alignmentBytes, String fileSystemType) {}

    private DirectIo() {}

    /**
     * @param folder the scratch folder the files will live in
     * @param blockBytes the workload's I/O size
     * @throws IOException for {@code direct = on} where direct I/O cannot be done, saying why
     */
    static Decision decide(DirectMode mode, FileIo files, Path folder, long blockBytes, BiConsumer<String, String> warn)
            throws IOException {
        FileStore store = Files.getFileStore(folder);
        int pageBytes = 4096;
        int alignmentBytes = (int) Math.max(pageBytes, store.getBlockSize());
        if (mode == DirectMode.OFF) {
            return new Decision(false, alignmentBytes, store.type());
        }
        Optional<String> unsupported = whyNot(files, folder, store, alignmentBytes, blockBytes);
        if (unsupported.isEmpty()) {
            return new Decision(true, alignmentBytes, store.type());
        }
        String where = folder.getParent() + " (" + store.type() + ")";
        if (mode == DirectMode.ON) {
            throw new IOException("direct = \"on\" cannot be honoured in " + where + ": " + unsupported.get()
                    + "; set direct = \"auto\" to fall back to buffered I/O, or choose another dir");
        }
        warn.accept(
                "direct-io-fallback",
                "direct I/O unsupported in " + where + ": " + unsupported.get() + "; buffered fallback");
        return new Decision(false, alignmentBytes, store.type());
    }

    private static Optional<String> whyNot(
            FileIo files, Path folder, FileStore store, int alignmentBytes, long blockBytes) {
        if (MEMORY_FILE_SYSTEMS.contains(store.type())) {
            return Optional.of(store.type() + " keeps files in memory, there is no device for I/O to reach directly");
        }
        if (blockBytes % alignmentBytes != 0) {
            return Optional.of("the block size " + UnitText.exactBytes(blockBytes)
                    + " is not a multiple of the file system's direct-I/O alignment of " + alignmentBytes + " bytes");
        }
        return files.whyNoDirectIo(folder, alignmentBytes);
    }
}
