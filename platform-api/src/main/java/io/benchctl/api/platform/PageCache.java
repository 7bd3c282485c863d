package io.benchctl.api.platform;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.nio.file.Path;
import java.util.OptionalDouble;
import org.apiguardian.api.API;

/**
 * The page cache's view of a workload's files. Where the layer has no control of the cache it
 * records {@code page-cache-unavailable} on the workload and returns {@code false}: buffered I/O
 * may then be served from memory, and the result says so.
 */
@API(status = EXPERIMENTAL, since = "1.3")
public interface PageCache {

    /**
     * Writes back and drops every cached page of {@code file}, so the next buffered reads reach
     * the device.
     *
     * @return true when the pages were dropped, false when this layer cannot drop them
     * @throws IOException when the layer can, but the call failed (the message says why)
     */
    boolean evict(Path file) throws IOException;

    /**
     * Tells the kernel how {@code channel} will be read, as fio's {@code fadvise_hint} does.
     *
     * @return true when the hint was given, false when this layer cannot give one
     * @throws IOException when the layer can, but the call failed
     */
    boolean advise(IoChannel channel, AccessHint hint) throws IOException;

    /**
     * The share of {@code file}'s pages now in memory, 0 to 1, to check that an eviction held;
     * empty where the layer cannot tell.
     */
    default OptionalDouble residentFraction(Path file) {
        return OptionalDouble.empty();
    }
}
