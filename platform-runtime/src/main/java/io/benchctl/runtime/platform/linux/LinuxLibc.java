package io.benchctl.runtime.platform.linux;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The C library calls behind {@link LinuxIoChannel}, each looked up once through the given
 * {@link SymbolLookup}: a symbol it lacks leaves that call empty, and {@link LinuxFileIo} falls
 * back to the JDK's {@code FileChannel} with a warning. Tests pass a lookup that lacks symbols;
 * benchctl passes the native linker's default lookup.
 */
final class LinuxLibc {
    /** {@code <fcntl.h>} flags with the same value on every Linux architecture. */
    static final int O_RDWR = 02;

    static final int O_CREAT = 0100;
    static final int O_EXCL = 0200;
    static final int O_CLOEXEC = 02000000;
    /** Permission bits of a created file: rw for the owner, as the JDK's default under umask 077. */
    static final int MODE_0600 = 0600;

    static final int EINTR = 4;

    static final StructLayout CALL_STATE = Linker.Option.captureStateLayout();
    static final VarHandle ERRNO = CALL_STATE.varHandle(MemoryLayout.PathElement.groupElement("errno"));

    final Optional<MethodHandle> open;
    final Optional<MethodHandle> pread;
    final Optional<MethodHandle> pwrite;
    final Optional<MethodHandle> fsync;
    final Optional<MethodHandle> close;
    private final Optional<MethodHandle> strerror;

    LinuxLibc(SymbolLookup lookup) {
        Linker linker = Linker.nativeLinker();
        Linker.Option errno = Linker.Option.captureCallState("errno");
        Downcalls calls = new Downcalls(linker, lookup);
        open = calls.find(
                "open",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT),
                errno,
                Linker.Option.firstVariadicArg(2));
        pread = calls.find("pread", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG, JAVA_LONG), errno);
        pwrite = calls.find("pwrite", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG, JAVA_LONG), errno);
        fsync = calls.find("fsync", FunctionDescriptor.of(JAVA_INT, JAVA_INT), errno);
        close = calls.find("close", FunctionDescriptor.of(JAVA_INT, JAVA_INT), errno);
        strerror = calls.find("strerror", FunctionDescriptor.of(ADDRESS, JAVA_INT));
    }

    /**
     * {@code O_DIRECT}, which differs by architecture (x86 and most others {@code 040000}; the
     * ARM and PowerPC families {@code 0200000}); empty where this class does not know it.
     */
    static OptionalInt directFlag(String arch) {
        return switch (arch) {
            case "amd64", "x86_64", "x86", "i386", "riscv64", "s390x" -> OptionalInt.of(040000);
            case "aarch64", "arm", "ppc64", "ppc64le" -> OptionalInt.of(0200000);
            default -> OptionalInt.empty();
        };
    }

    /** The first call positional file I/O needs that this library lacks; empty when it has all. */
    Optional<String> missingFileCall() {
        if (open.isEmpty()) {
            return Optional.of("open");
        }
        if (pread.isEmpty()) {
            return Optional.of("pread");
        }
        if (pwrite.isEmpty()) {
            return Optional.of("pwrite");
        }
        if (fsync.isEmpty()) {
            return Optional.of("fsync");
        }
        return close.isEmpty() ? Optional.of("close") : Optional.empty();
    }

    static int errno(MemorySegment state) {
        return (int) ERRNO.get(state, 0L);
    }

    /** {@code "No such file or directory (errno 2)"}, or just the number without strerror. */
    String describe(int errno) {
        if (strerror.isEmpty()) {
            return "errno " + errno;
        }
        try {
            MemorySegment text = (MemorySegment) strerror.get().invokeExact(errno);
            return text.reinterpret(256).getString(0) + " (errno " + errno + ")";
        } catch (Throwable e) {
            return "errno " + errno;
        }
    }

    /** Downcall handles from one lookup; a missing symbol is an empty result, never an error. */
    private record Downcalls(Linker linker, SymbolLookup lookup) {
        Optional<MethodHandle> find(String name, FunctionDescriptor descriptor, Linker.Option... options) {
            try {
                return lookup.find(name).map(symbol -> linker.downcallHandle(symbol, descriptor, options));
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }
    }
}
