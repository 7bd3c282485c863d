package io.benchctl.history.store;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Instant;
import org.apiguardian.api.API;

/**
 * Which runs to list.
 *
 * @param hostId only this host's runs, or null for every host
 * @param since only runs started at or after this instant, or null
 * @param limit at most this many (the newest), or 0 for all
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record RunFilter(String hostId, Instant since, int limit) {

    public RunFilter {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
    }

    /** Every run. */
    public static RunFilter all() {
        return new RunFilter(null, null, 0);
    }
}
