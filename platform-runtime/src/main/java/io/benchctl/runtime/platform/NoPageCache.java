package io.benchctl.runtime.platform;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.benchctl.api.platform.AccessHint;
import io.benchctl.api.platform.IoChannel;
import io.benchctl.api.platform.PageCache;
import java.nio.file.Path;
import org.apiguardian.api.API;

/**
 * A layer without control of the page cache: each call records {@code page-cache-unavailable}
 * (kept once per workload) and returns false.
 *
 * @param reason why, as a user reads it
 */
@API(status = INTERNAL, since = "1.3")
public record NoPageCache(String reason, Warnings warnings) implements PageCache {

    @Override
    public boolean evict(Path file) {
        return unavailable();
    }

    @Override
    public boolean advise(IoChannel channel, AccessHint hint) {
        return unavailable();
    }

    private boolean unavailable() {
        warnings.warn(
                "page-cache-unavailable",
                "cached pages could not be dropped or hinted (" + reason + "): buffered I/O may be served from memory");
        return false;
    }
}
