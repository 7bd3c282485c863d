package io.benchctl.api.platform;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * The operating-system capabilities a workload may use, from the platform layer the runtime chose
 * for this process. Each workload gets its own view: a capability that falls back records its
 * warning ({@code page-cache-unavailable}, {@code durable-sync-fallback}, ...) on that workload.
 */
@API(status = EXPERIMENTAL, since = "1.3")
public interface Platform {

    /** The layer serving this process: {@code linux}, {@code macos} or {@code portable}. */
    String name();

    /** Opening files for positional I/O, direct (uncached) where the layer and file system allow. */
    FileIo files();

    /** Dropping and hinting a file's cached pages. */
    PageCache pageCache();

    /** Facts about the host's sockets that shape network figures. */
    SocketFacts sockets();
}
