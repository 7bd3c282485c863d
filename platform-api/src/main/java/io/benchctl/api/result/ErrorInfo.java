package io.benchctl.api.result;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * Why a workload failed or was skipped.
 *
 * @param code stable machine-readable code, e.g. {@code timeout}, {@code exception}
 * @param phase the lifecycle phase it happened in, e.g. {@code init}
 */
@API(status = STABLE, since = "1.0")
public record ErrorInfo(String code, String phase, String message) {}
