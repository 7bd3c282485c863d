package io.benchctl.runtime.result;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.apiguardian.api.API;

/**
 * Writes a file so that a reader, or a crash, never sees half of it: the bytes go to
 * {@code .<name>.<random>.tmp} beside it, are forced to disk, and the file is renamed over the
 * target.
 *
 * <p>The temporary file is created like any other file, so it (and the file it becomes) gets the
 * mode the user's umask gives ({@code 0644} under the usual {@code 022}), as the journal does.
 * {@code Files.createTempFile} would make it {@code 0600}: results that a CI job or a web server
 * publishes could then not be read by anyone but their writer.
 */
@API(status = INTERNAL, since = "0.1")
public final class AtomicFiles {

    private static final int NAME_TRIES = 16;

    private AtomicFiles() {}

    /** Replaces {@code target} with {@code content} in one rename; returns {@code target}. */
    public static Path write(Path target, byte[] content) throws IOException {
        Path temp = createTemp(target);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer bytes = ByteBuffer.wrap(content);
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static Path createTemp(Path target) throws IOException {
        Path directory = target.toAbsolutePath().getParent();
        for (int i = 0; ; i++) {
            String random =
                    HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
            Path temp = directory.resolve("." + target.getFileName() + "." + random + ".tmp");
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                if (i == NAME_TRIES) {
                    throw e;
                }
            }
        }
    }
}
