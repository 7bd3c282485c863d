package io.benchctl.runtime.platform.linux;

import io.benchctl.api.platform.IoChannel;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.nio.ByteBuffer;
import java.nio.file.Path;

/**
 * A file opened with {@code open(2)} ({@code O_DIRECT} when asked) and read and written with one
 * {@code pread}/{@code pwrite} downcall per I/O on the buffer's own memory: no lock, no position
 * bookkeeping, no copy, where {@code FileChannel} takes a lock and checks its state around each
 * call (adr/0014). {@link #sync()} is {@code fsync(2)}. {@code errno} is captured with each call
 * and turned into an {@link IOException} naming the call, the file and the error; a call
 * interrupted by a signal ({@code EINTR}) is retried. One thread at a time uses a channel (its
 * errno buffer is its own). A buffer on the Java heap goes through a bounce buffer allocated on
 * first use and kept, as the JDK does; the disk workload passes page-aligned native buffers.
 */
final class LinuxIoChannel implements IoChannel {
    private final LinuxLibc libc;
    private final Path path;
    private final int fd;
    private final boolean direct;
    private final Arena arena = Arena.ofShared();
    private final MemorySegment state = arena.allocate(LinuxLibc.CALL_STATE);
    private MemorySegment bounce = MemorySegment.NULL;
    private boolean closed;

    private LinuxIoChannel(LinuxLibc libc, Path path, int fd, boolean direct) {
        this.libc = libc;
        this.path = path;
        this.fd = fd;
        this.direct = direct;
    }

    /**
     * Creates {@code file} ({@code O_CREAT | O_EXCL}: it must not exist) and opens it for reading
     * and writing; {@code directFlag} is this architecture's {@code O_DIRECT}, or 0 for buffered
     * I/O. The caller checked {@link LinuxLibc#missingFileCall()}.
     */
    static LinuxIoChannel create(LinuxLibc libc, Path file, int directFlag) throws IOException {
        int flags = LinuxLibc.O_RDWR | LinuxLibc.O_CREAT | LinuxLibc.O_EXCL | LinuxLibc.O_CLOEXEC | directFlag;
        try (Arena call = Arena.ofConfined()) {
            MemorySegment callState = call.allocate(LinuxLibc.CALL_STATE);
            MemorySegment name = call.allocateFrom(file.toString());
            int fd;
            do {
                fd = (int) libc.open.orElseThrow().invokeExact(callState, name, flags, LinuxLibc.MODE_0600);
            } while (fd < 0 && LinuxLibc.errno(callState) == LinuxLibc.EINTR);
            if (fd < 0) {
                throw new IOException("open " + file + (directFlag != 0 ? " with O_DIRECT" : "") + ": "
                        + libc.describe(LinuxLibc.errno(callState)));
            }
            return new LinuxIoChannel(libc, file, fd, directFlag != 0);
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
        int wanted = destination.remaining();
        if (wanted == 0) {
            return 0;
        }
        MemorySegment memory = destination.isDirect() ? MemorySegment.ofBuffer(destination) : bounce(wanted);
        long n = transfer(libc.pread.orElseThrow(), "pread", memory, wanted, positionBytes);
        if (n == 0) {
            return -1;
        }
        if (!destination.isDirect()) {
            MemorySegment.ofBuffer(destination).copyFrom(memory.asSlice(0, n));
        }
        destination.position(destination.position() + (int) n);
        return (int) n;
    }

    @Override
    public int write(ByteBuffer source, long positionBytes) throws IOException {
        int wanted = source.remaining();
        MemorySegment memory = MemorySegment.ofBuffer(source);
        if (!source.isDirect()) {
            memory = bounce(wanted).copyFrom(memory);
        }
        long n = transfer(libc.pwrite.orElseThrow(), "pwrite", memory, wanted, positionBytes);
        source.position(source.position() + (int) n);
        return (int) n;
    }

    @Override
    public void sync() throws IOException {
        try {
            int result;
            do {
                result = (int) libc.fsync.orElseThrow().invokeExact(state, fd);
            } while (result != 0 && LinuxLibc.errno(state) == LinuxLibc.EINTR);
            if (result != 0) {
                throw new IOException("fsync " + path + ": " + libc.describe(LinuxLibc.errno(state)));
            }
        } catch (IOException e) {
            throw e;
        } catch (Throwable e) {
            throw new IOException(e.toString(), e);
        }
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            // Linux releases the descriptor even when close reports an error: never retry it.
            int result = (int) libc.close.orElseThrow().invokeExact(state, fd);
            if (result != 0 && LinuxLibc.errno(state) != LinuxLibc.EINTR) {
                throw new IOException("close " + path + ": " + libc.describe(LinuxLibc.errno(state)));
            }
        } catch (IOException e) {
            throw e;
        } catch (Throwable e) {
            throw new IOException(e.toString(), e);
        } finally {
            arena.close();
        }
    }

    /** One downcall, retried only when a signal interrupted it before any byte moved. */
    private long transfer(MethodHandle call, String name, MemorySegment memory, int bytes, long positionBytes)
            throws IOException {
        if (closed) {
            throw new IOException(name + " " + path + ": the channel is closed");
        }
        try {
            long n;
            do {
                n = (long) call.invokeExact(state, fd, memory, (long) bytes, positionBytes);
            } while (n < 0 && LinuxLibc.errno(state) == LinuxLibc.EINTR);
            if (n < 0) {
                throw new IOException(name + " of " + bytes + " bytes at " + positionBytes + " in " + path + ": "
                        + libc.describe(LinuxLibc.errno(state)));
            }
            return n;
        } catch (IOException e) {
            throw e;
        } catch (Throwable e) {
            throw new IOException(e.toString(), e);
        }
    }

    /** A native buffer of at least {@code bytes} for heap buffers, kept for the next call. */
    private MemorySegment bounce(int bytes) {
        if (bounce.byteSize() < bytes) {
            bounce = arena.allocate(bytes, 4096);
        }
        return bounce.asSlice(0, bytes);
    }
}
