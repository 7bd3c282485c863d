package io.benchctl.api.platform;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import org.apiguardian.api.API;

/**
 * An open file for positional I/O, as {@code pread}/{@code pwrite} offer it: no shared position,
 * so one thread per channel times one I/O at a time. A layer may implement it over a JDK
 * {@code FileChannel} or over its own system calls.
 */
@API(status = EXPERIMENTAL, since = "1.3")
public interface IoChannel extends Closeable {

    /** The file this channel has open. */
    Path path();

    /** Whether I/O bypasses the page cache. */
    boolean direct();

    /**
     * Reads into {@code destination}'s remaining bytes from {@code positionBytes}.
     *
     * @return the bytes read, or -1 at the end of the file
     */
    int read(ByteBuffer destination, long positionBytes) throws IOException;

    /** Writes {@code source}'s remaining bytes at {@code positionBytes}; returns the bytes written. */
    int write(ByteBuffer source, long positionBytes) throws IOException;

    /**
     * Makes every write so far durable: on the device, not in its volatile cache, where the layer
     * can ask for that ({@code F_FULLFSYNC} on macOS); where it cannot it falls back to what the
     * JDK offers and records {@code durable-sync-fallback}.
     */
    void sync() throws IOException;
}
