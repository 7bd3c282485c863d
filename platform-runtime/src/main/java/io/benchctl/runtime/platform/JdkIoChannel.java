package io.benchctl.runtime.platform;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.benchctl.api.platform.IoChannel;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import org.apiguardian.api.API;

/**
 * An {@link IoChannel} over the JDK's {@link FileChannel}: positional reads and writes are
 * {@code pread}/{@code pwrite} on Unix, and {@link #sync()} is {@link FileChannel#force(boolean)}
 * ({@code fsync} on Unix, {@code FlushFileBuffers} on Windows).
 */
@API(status = INTERNAL, since = "1.3")
public final class JdkIoChannel implements IoChannel {
    private final Path path;
    private final FileChannel channel;
    private final boolean direct;
    private final String notDurableBecause;
    private final Warnings warnings;

    /**
     * @param notDurableBecause why {@code force} does not reach the device here (macOS's fsync
     *     leaves the drive's cache), recorded as {@code durable-sync-fallback} on the first sync;
     *     null where it does
     */
    public JdkIoChannel(Path path, FileChannel channel, boolean direct, String notDurableBecause, Warnings warnings) {
        this.path = path;
        this.channel = channel;
        this.direct = direct;
        this.notDurableBecause = notDurableBecause;
        this.warnings = warnings;
    }

    @Override
    public Path path() {
        return path;
    }

    @Override
    public boolean direct() {
        return direct;
    }

    @Override
    public int read(ByteBuffer destination, long positionBytes) throws IOException {
        return channel.read(destination, positionBytes);
    }

    @Override
    public int write(ByteBuffer source, long positionBytes) throws IOException {
        return channel.write(source, positionBytes);
    }

    @Override
    public void sync() throws IOException {
        channel.force(true);
        if (notDurableBecause != null) {
            warnings.warn("durable-sync-fallback", notDurableBecause);
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
