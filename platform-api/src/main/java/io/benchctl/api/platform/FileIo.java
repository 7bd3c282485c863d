package io.benchctl.api.platform;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.apiguardian.api.API;

/** Opens the files a workload reads and writes, as {@link IoChannel}s. */
@API(status = EXPERIMENTAL, since = "1.3")
public interface FileIo {

    /**
     * Why files in {@code folder} cannot be opened for direct I/O with buffers and offsets
     * aligned to {@code alignmentBytes}, found by trying it there (one aligned write and read of a
     * scratch file); empty when they can.
     */
    Optional<String> whyNoDirectIo(Path folder, int alignmentBytes);

    /**
     * Creates {@code file} (it must not exist) and opens it for reading and writing.
     *
     * @param direct bypass the page cache; ask only where {@link #whyNoDirectIo} said yes, as
     *     buffers and offsets must then be aligned
     */
    IoChannel create(Path file, boolean direct) throws IOException;
}
