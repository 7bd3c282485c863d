package io.benchctl.plugins.syscall;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;

/**
 * The C library calls the module measures, through FFM. Failures become {@link IOException}s
 * naming the call and {@code strerror(errno)}; interrupted calls ({@code EINTR}) are retried.
 *
 * <p>Each measuring thread owns one {@link Libc} (it holds that thread's errno buffer).
 */
final class Libc implements AutoCloseable {
    private static final int EINTR = 4;

    private static final Linker LINKER = Linker.nativeLinker();
    private static final StructLayout CALL_STATE = Linker.Option.captureStateLayout();
    private static final VarHandle ERRNO = CALL_STATE.varHandle(MemoryLayout.PathElement.groupElement("errno"));
    private static final Linker.Option ERRNO_CAPTURE = Linker.Option.captureCallState("errno");

    private static final MethodHandle PIPE = downcall("pipe", FunctionDescriptor.of(JAVA_INT, ADDRESS), ERRNO_CAPTURE);
    private static final MethodHandle READ =
            downcall("read", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG), ERRNO_CAPTURE);
    private static final MethodHandle WRITE =
            downcall("write", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG), ERRNO_CAPTURE);
    private static final MethodHandle CLOSE = downcall("close", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
    private static final MethodHandle STRERROR = downcall("strerror", FunctionDescriptor.of(ADDRESS, JAVA_INT));
    /**
     * A critical (no thread-state transition) call: getppid neither blocks nor touches the Java
     * heap, and without the transition what is timed is the system call, as from C.
     */
    private static final MethodHandle GETPPID =
            downcall("getppid", FunctionDescriptor.of(JAVA_INT), Linker.Option.critical(false));

    private final Arena arena = Arena.ofConfined();
    private final MemorySegment callState = arena.allocate(CALL_STATE);

    /** A new pipe: {@code [readFd, writeFd]}. */
    int[] pipe() throws IOException {
        MemorySegment fds = arena.allocate(JAVA_INT, 2);
        int result;
        try {
            result = (int) PIPE.invokeExact(callState, fds);
        } catch (Throwable e) {
            throw unexpected(e);
        }
        if (result != 0) {
            throw failure("pipe");
        }
        return new int[] {fds.getAtIndex(JAVA_INT, 0), fds.getAtIndex(JAVA_INT, 1)};
    }

    /**
     * Reads exactly {@code buffer.byteSize()} bytes.
     *
     * @return false on end of file before the first byte
     * @throws IOException on a read error, or end of file in the middle
     */
    boolean readFully(int fd, MemorySegment buffer) throws IOException {
        long done = 0;
        while (done < buffer.byteSize()) {
            MemorySegment rest = done == 0 ? buffer : buffer.asSlice(done);
            long n;
            try {
                n = (long) READ.invokeExact(callState, fd, rest, rest.byteSize());
            } catch (Throwable e) {
                throw unexpected(e);
            }
            if (n == 0) {
                if (done == 0) {
                    return false;
                }
                throw new IOException("read: the pipe closed after " + done + " of " + buffer.byteSize() + " bytes");
            }
            if (n < 0) {
                if (errno() == EINTR) {
                    continue;
                }
                throw failure("read");
            }
            done += n;
        }
        return true;
    }

    /** Writes all of {@code buffer}. */
    void writeFully(int fd, MemorySegment buffer) throws IOException {
        long done = 0;
        while (done < buffer.byteSize()) {
            MemorySegment rest = done == 0 ? buffer : buffer.asSlice(done);
            long n;
            try {
                n = (long) WRITE.invokeExact(callState, fd, rest, rest.byteSize());
            } catch (Throwable e) {
                throw unexpected(e);
            }
            if (n < 0) {
                if (errno() == EINTR) {
                    continue;
                }
                throw failure("write");
            }
            done += n;
        }
    }

    static void close(int fd) {
        try {
            int ignored = (int) CLOSE.invokeExact(fd);
        } catch (Throwable e) {
            throw unexpected(e);
        }
    }

    /** The null system call. */
    static int getppid() {
        try {
            return (int) GETPPID.invokeExact();
        } catch (Throwable e) {
            throw unexpected(e);
        }
    }

    /**
     * Native memory for a thread's payload, page-aligned: the kernel's copies into a 16-byte-aligned
     * buffer run up to 3.5x slower (docs/measurement.md, buffer alignment).
     */
    MemorySegment allocatePayload(long bytes) {
        return arena.allocate(bytes, 4096);
    }

    @Override
    public void close() {
        arena.close();
    }

    private int errno() {
        return (int) ERRNO.get(callState, 0L);
    }

    private IOException failure(String call) {
        int errno = errno();
        String reason;
        try {
            reason = ((MemorySegment) STRERROR.invokeExact(errno))
                    .reinterpret(256)
                    .getString(0);
        } catch (Throwable e) {
            reason = "errno " + errno;
        }
        return new IOException(call + ": " + reason + " (errno " + errno + ")");
    }

    /** invokeExact declares Throwable; a downcall only ever throws unchecked failures of its own. */
    private static RuntimeException unexpected(Throwable e) {
        if (e instanceof RuntimeException runtime) {
            return runtime;
        }
        if (e instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(e);
    }

    private static MethodHandle downcall(String name, FunctionDescriptor descriptor, Linker.Option... options) {
        MemorySegment symbol = LINKER.defaultLookup()
                .find(name)
                .orElseThrow(() -> new UnsatisfiedLinkError("the C library has no " + name));
        return LINKER.downcallHandle(symbol, descriptor, options);
    }
}
