package io.benchctl.runtime.platform;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.benchctl.api.platform.FileIo;
import io.benchctl.api.platform.IoChannel;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * File I/O through the page cache only, in pure JDK: what a layer offers where it has no direct
 * I/O. {@link #whyNoDirectIo} gives the reason, which the caller records as
 * {@code direct-io-fallback} (or refuses to run, for {@code direct = "on"}).
 */
@API(status = INTERNAL, since = "1.3")
public record BufferedFileIo(String whyNoDirect, String notDurableBecause, Warnings warnings) implements FileIo {

    @Override
    public Optional<String> whyNoDirectIo(Path folder, int alignmentBytes) {
        return Optional.of(whyNoDirect);
    }

    @Override
    public IoChannel create(Path file, boolean direct) throws IOException {
        if (direct) {
            throw new IOException("direct I/O is not available: " + whyNoDirect);
        }
        FileChannel channel = FileChannel.open(
                file, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ, StandardOpenOption.WRITE);
        return new JdkIoChannel(file, channel, false, notDurableBecause, warnings);
    }
}
