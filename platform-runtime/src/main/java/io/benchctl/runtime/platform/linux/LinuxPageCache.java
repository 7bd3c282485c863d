package io.benchctl.runtime.platform.linux;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import io.benchctl.api.platform.AccessHint;
import io.benchctl.api.platform.IoChannel;
import io.benchctl.api.platform.PageCache;
import io.benchctl.runtime.platform.Warnings;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.OptionalDouble;

/**
 * The page cache's view of a test file, through FFM: dropping its pages ({@code fdatasync} then
 * {@code posix_fadvise(POSIX_FADV_DONTNEED)}), so buffered reads come from the device rather than
 * from memory left warm by the layout or an earlier iteration; and the access-pattern hint that
 * sets the kernel's readahead, as fio does by default ({@code fadvise_hint}).
 */
final class LinuxPageCache implements PageCache {
    private static final String NO_FADVISE = "posix_fadvise is not available in this C library";

    private static final int O_RDONLY = 0;
    private static final int O_CLOEXEC = 0x80000;
    private static final int POSIX_FADV_RANDOM = 1;
    private static final int POSIX_FADV_SEQUENTIAL = 2;
    private static final int POSIX_FADV_DONTNEED = 4;
    private static final Path OPEN_DESCRIPTORS = Path.of("/proc/self/fd");

    private static final Linker LINKER = Linker.nativeLinker();
    private static final SymbolLookup LIBC = LINKER.defaultLookup();
    private static final StructLayout CALL_STATE = Linker.Option.captureStateLayout();
    private static final VarHandle ERRNO =
            CALL_STATE.varHandle(java.lang.foreign.MemoryLayout.PathElement.groupElement("errno"));

    /** Null where the C library lacks them (posix_fadvise is Linux/BSD only). */
    private static final MethodHandle OPEN = downcall(
            "open",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT),
            Linker.Option.firstVariadicArg(2),
            Linker.Option.captureCallState("errno"));

    private static final MethodHandle FDATASYNC =
            downcall("fdatasync", FunctionDescriptor.of(JAVA_INT, JAVA_INT), Linker.Option.captureCallState("errno"));
    private static final MethodHandle FADVISE =
            downcall("posix_fadvise", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_LONG, JAVA_LONG, JAVA_INT));
    private static final MethodHandle CLOSE = downcall("close", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
    private static final MethodHandle STRERROR = downcall("strerror", FunctionDescriptor.of(ADDRESS, JAVA_INT));
    private static final MethodHandle MINCORE =
            downcall("mincore", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG, ADDRESS));
    private static final MethodHandle GETPAGESIZE = downcall("getpagesize", FunctionDescriptor.of(JAVA_INT));

    private final Warnings warnings;

    /** @param warnings where a C library without the calls records {@code page-cache-unavailable} */
    LinuxPageCache(Warnings warnings) {
        this.warnings = warnings;
    }

    /**
     * Writes back and drops every cached page of {@code file}.
     *
     * @throws IOException saying which call failed and why
     */
    @Override
    public boolean evict(Path file) throws IOException {
        if (OPEN == null || FDATASYNC == null || FADVISE == null || CLOSE == null) {
            return unavailable();
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(CALL_STATE);
            int fd = (int) OPEN.invokeExact(state, arena.allocateFrom(file.toString()), O_RDONLY | O_CLOEXEC);
            if (fd < 0) {
                throw new IOException("open: " + describe(errno(state)));
            }
            try {
                if ((int) FDATASYNC.invokeExact(state, fd) != 0) {
                    throw new IOException("fdatasync: " + describe(errno(state)));
                }
                int error = (int) FADVISE.invokeExact(fd, 0L, 0L, POSIX_FADV_DONTNEED);
                if (error != 0) {
                    throw new IOException("posix_fadvise: " + describe(error));
                }
                return true;
            } finally {
                int ignored = (int) CLOSE.invokeExact(fd);
            }
        } catch (IOException e) {
            throw e;
        } catch (Throwable e) {
            throw new IOException(e.toString(), e);
        }
    }

    /**
     * Advises the kernel how this process's open descriptors of {@code file} will be read. Without
     * it, random buffered reads next to cached pages look sequential to the readahead heuristic,
     * which then reads whole windows and serves later reads from memory: fio's figures assume the
     * hint. The JDK does not expose a FileChannel's descriptor, so it is found by its path under
     * {@code /proc/self/fd}.
     *
     * @throws IOException saying which call failed and why
     */
    @Override
    public boolean advise(IoChannel channel, AccessHint hint) throws IOException {
        if (FADVISE == null) {
            return unavailable();
        }
        int advice = hint == AccessHint.SEQUENTIAL ? POSIX_FADV_SEQUENTIAL : POSIX_FADV_RANDOM;
        int advised = 0;
        try (DirectoryStream<Path> descriptors = Files.newDirectoryStream(OPEN_DESCRIPTORS)) {
            Path target = channel.path().toRealPath();
            for (Path descriptor : descriptors) {
                if (target.equals(linkTarget(descriptor))) {
                    int fd = Integer.parseInt(descriptor.getFileName().toString());
                    int error = (int) FADVISE.invokeExact(fd, 0L, 0L, advice);
                    if (error != 0) {
                        throw new IOException("posix_fadvise: " + describe(error));
                    }
                    advised++;
                }
            }
        } catch (IOException e) {
            throw e;
        } catch (Throwable e) {
            throw new IOException(e.toString(), e);
        }
        if (advised == 0) {
            throw new IOException("no open descriptor of the file under " + OPEN_DESCRIPTORS);
        }
        return true;
    }

    /**
     * Maps the file (without touching its pages) and asks {@code mincore} which pages are in
     * memory, as util-linux {@code fincore} does.
     */
    @Override
    public OptionalDouble residentFraction(Path file) {
        if (MINCORE == null || GETPAGESIZE == null) {
            return OptionalDouble.empty();
        }
        try (Arena arena = Arena.ofConfined();
                FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size == 0) {
                return OptionalDouble.empty();
            }
            MemorySegment mapped = channel.map(FileChannel.MapMode.READ_ONLY, 0, size, arena);
            int pageBytes = (int) GETPAGESIZE.invokeExact();
            long pages = (size + pageBytes - 1) / pageBytes;
            MemorySegment vector = arena.allocate(pages);
            if ((int) MINCORE.invokeExact(mapped, size, vector) != 0) {
                return OptionalDouble.empty();
            }
            long resident = 0;
            for (long page = 0; page < pages; page++) {
                resident += vector.get(JAVA_BYTE, page) & 1;
            }
            return OptionalDouble.of((double) resident / pages);
        } catch (Throwable e) {
            return OptionalDouble.empty();
        }
    }

    private boolean unavailable() {
        warnings.warn(
                "page-cache-unavailable",
                "cached pages could not be dropped or hinted (" + NO_FADVISE
                        + "): buffered I/O may be served from memory");
        return false;
    }

    private static Path linkTarget(Path descriptor) {
        try {
            return Files.readSymbolicLink(descriptor);
        } catch (IOException e) {
            return null; // closed since it was listed
        }
    }

    private static int errno(MemorySegment state) {
        return (int) ERRNO.get(state, 0L);
    }

    private static String describe(int errno) throws Throwable {
        if (STRERROR == null) {
            return "errno " + errno;
        }
        MemorySegment text = (MemorySegment) STRERROR.invokeExact(errno);
        return text.reinterpret(256).getString(0) + " (errno " + errno + ")";
    }

    private static MethodHandle downcall(String name, FunctionDescriptor descriptor, Linker.Option... options) {
        return LIBC.find(name)
                .map(symbol -> LINKER.downcallHandle(symbol, descriptor, options))
                .orElse(null);
    }
}
