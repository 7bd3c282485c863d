package io.benchctl.api.result;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** A warning attached to a workload, e.g. {@code noisy-host} or {@code direct-io-fallback}. */
@API(status = STABLE, since = "1.0")
public record WarningInfo(String code, String message) {}
