package io.benchctl.api.platform;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** How a file will be read, for the kernel's readahead (an fadvise hint on Linux). */
@API(status = EXPERIMENTAL, since = "1.3")
public enum AccessHint {
    /** Offsets in ascending order: read ahead. */
    SEQUENTIAL,
    /** Offsets in no order: do not read ahead. */
    RANDOM
}
