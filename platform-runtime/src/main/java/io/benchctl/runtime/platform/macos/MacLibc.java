package io.benchctl.runtime.platform.macos;

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

/**
 * The libSystem calls the macOS layer makes, each looked up once through the given
 * {@link SymbolLookup}: a symbol it lacks leaves that call empty, and the capability built on it
 * falls back. Tests pass a lookup that lacks symbols; benchctl passes the native linker's.
 */
final class MacLibc {
    /** {@code fcntl} commands and flags of Darwin's {@code <sys/fcntl.h>}. */
    static final int F_SETFD = 2;

    static final int FD_CLOEXEC = 1;
    static final int F_NOCACHE = 48;
    static final int F_FULLFSYNC = 51;
    /** {@code O_RDWR}: the one open flag with the same value on Darwin and Linux. */
    static final int O_RDWR = 2;

    static final StructLayout CALL_STATE = Linker.Option.captureStateLayout();
    static final VarHandle ERRNO = CALL_STATE.varHandle(MemoryLayout.PathElement.groupElement("errno"));

    final Optional<MethodHandle> open;
    final Optional<MethodHandle> fcntl;
    final Optional<MethodHandle> pread;
    final Optional<MethodHandle> pwrite;
    final Optional<MethodHandle> fsync;
    final Optional<MethodHandle> close;
    final Optional<MethodHandle> sysctlbyname;

    MacLibc(SymbolLookup lookup) {
        Linker linker = Linker.nativeLinker();
        Linker.Option errno = Linker.Option.captureCallState("errno");
        Downcalls calls = new Downcalls(linker, lookup);
        open = calls.find(
                "open", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT), errno, Linker.Option.firstVariadicArg(2));
        fcntl = calls.find(
                "fcntl",
                FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT),
                errno,
                Linker.Option.firstVariadicArg(2));
        pread = calls.find("pread", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG, JAVA_LONG), errno);
        pwrite = calls.find("pwrite", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG, JAVA_LONG), errno);
        fsync = calls.find("fsync", FunctionDescriptor.of(JAVA_INT, JAVA_INT), errno);
        close = calls.find("close", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
        sysctlbyname = calls.find(
                "sysctlbyname", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_LONG));
    }

    /** Whether every call positional file I/O needs was found. */
    boolean hasFileCalls() {
        return open.isPresent()
                && fcntl.isPresent()
                && pread.isPresent()
                && pwrite.isPresent()
                && fsync.isPresent()
                && close.isPresent();
    }

    /** The first of the file calls this library lacks, for the reason a fallback gives. */
    String missingFileCall() {
        return open.isEmpty()
                ? "open"
                : fcntl.isEmpty()
                        ? "fcntl"
                        : pread.isEmpty()
                                ? "pread"
                                : pwrite.isEmpty()
                                        ? "pwrite"
                                        : fsync.isEmpty() ? "fsync" : close.isEmpty() ? "close" : "none";
    }

    static int errno(MemorySegment state) {
        return (int) ERRNO.get(state, 0L);
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
