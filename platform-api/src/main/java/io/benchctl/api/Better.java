package io.benchctl.api;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** Which direction of a metric is an improvement. */
@API(status = STABLE, since = "1.0")
public enum Better {
    HIGHER,
    LOWER
}
