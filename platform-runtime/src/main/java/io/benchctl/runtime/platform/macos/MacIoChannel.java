package io.benchctl.runtime.platform.macos;

import io.benchctl.api.platform.IoChannel;
import io.benchctl.runtime.platform.Warnings;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file opened by libSystem's {@code open}, read and written with {@code pread}/{@code pwrite}
 * on the buffer's own memory, with {@code F_NOCACHE} set for direct I/O (Darwin has no
 * {@code O_DIRECT}) and {@code F_FULLFSYNC} for {@link #sync()}: plain {@code fsync} on macOS
 * leaves writes in the drive's volatile cache. Where the file system refuses
 * {@code F_FULLFSYNC} the sync falls back to {@code fsync} and records
 * {@code durable-sync-fallback}. One thread at a time uses it (its errno buffer is its own).
 */
final class MacIoChannel implements IoChannel {
    private final MacLibc libc;
    private final Path path;
    private final int fd;
    private final boolean direct;
    private final Warnings warnings;
    private final Arena arena = Arena.ofShared();
    private final MemorySegment state = arena.allocate(MacLibc.CALL_STATE);

    private MacIoChannel(MacLibc libc, Path path, int fd, boolean direct, Warnings warnings) {
        this.libc = libc;
        this.path = path;
        this.fd = fd;
        this.direct = direct;
        this.warnings = warnings;
    }

    /**
     * Creates {@code file} (the JDK does, so it fails as {@code CREATE_NEW} does when it exists)
     * and opens it for reading and writing; the caller checked {@link MacLibc#hasFileCalls()}.
     */
    static MacIoChannel create(MacLibc libc, Path file, boolean direct, Warnings warnings) throws IOException {
        Files.createFile(file);
        try (Arena call = Arena.ofConfined()) {
            MemorySegment callState = call.allocate(MacLibc.CALL_STATE);
            int fd = (int)
                    libc.open.orElseThrow().invokeExact(callState, call.allocateFrom(file.toString()), MacLibc.O_RDWR);
            if (fd < 0) {
                throw new IOException("open " + file + ": errno " + MacLibc.errno(callState));
            }
            MacIoChannel channel = new MacIoChannel(libc, file, fd, direct, warnings);
            channel.fcntl(MacLibc.F_SETFD, MacLibc.FD_CLOEXEC);
            if (direct && channel.fcntl(MacLibc.F_NOCACHE, 1) != 0) {
                int errno = channel.errno();
                channel.close();
                throw new IOException("fcntl(F_NOCACHE) on " + file + ": errno " + errno);
            }
            return channel;
        } catch (IOException e) {
            throw e;
        } catch (Throwable e) {
            throw new IOException(e.toString(), e);
        }
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
        long n = transfer(libc.pread.orElseThrow(), "pread", destination, positionBytes);
        if (n == 0 && destination.hasRemaining()) {
            return -1;
        }
        destination.position(destination.position() + (int) n);
        return (int) n;
    }

    @Override
    public int write(ByteBuffer source, long positionBytes) throws IOException {
        long n = transfer(libc.pwrite.orElseThrow(), "pwrite", source, positionBytes);
        source.position(source.position() + (int) n);
        return (int) n;
    }

    @Override
    public void sync() throws IOException {
        if (fcntl(MacLibc.F_FULLFSYNC, 0) == 0) {
            return;
        }
        int refused = errno();
        try {
            if ((int) libc.fsync.orElseThrow().invokeExact(state, fd) != 0) {
                throw new IOException("fsync " + path + ": errno " + errno());
            }
        } catch (IOException e) {
            throw e;
        } catch (Throwable e) {
            throw new IOException(e.toString(), e);
        }
        warnings.warn(
                "durable-sync-fallback",
                "fcntl(F_FULLFSYNC) was refused (errno " + refused + "): syncs are fsync(2), which leaves writes in"
                        + " the drive's cache, so fsync latencies are lower than durable ones");
    }

    @Override
    public void close() throws IOException {
        try {
            int ignored = (int) libc.close.orElseThrow().invokeExact(fd);
        } catch (Throwable e) {
            throw new IOException(e.toString(), e);
        } finally {
            arena.close();
        }
    }

    private long transfer(java.lang.invoke.MethodHandle call, String name, ByteBuffer buffer, long positionBytes)
            throws IOException {
        MemorySegment memory = MemorySegment.ofBuffer(buffer);
        long n;
        try {
            n = (long) call.invokeExact(state, fd, memory, (long) buffer.remaining(), positionBytes);
        } catch (Throwable e) {
            throw new IOException(e.toString(), e);
        }
        if (n < 0) {
            throw new IOException(name + " " + path + " at " + positionBytes + ": errno " + errno());
        }
        return n;
    }

    private int fcntl(int command, int argument) throws IOException {
        try {
            return (int) libc.fcntl.orElseThrow().invokeExact(state, fd, command, argument);
        } catch (Throwable e) {
            throw new IOException(e.toString(), e);
        }
    }

    private int errno() {
        return MacLibc.errno(state);
    }
}
