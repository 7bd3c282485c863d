package io.benchctl.api.result;

import static org.apiguardian.api.API.Status.STABLE;

import io.benchctl.api.report.Phase;
import org.apiguardian.api.API;

/**
 * Why a workload failed or was skipped.
 *
 * @param code what went wrong; result files spell it by {@link ErrorCode#id()}, e.g. {@code timeout}
 * @param phase the lifecycle phase it happened in ({@link Phase#PLAN} when the module's plan
 *     failed, {@link Phase#PENDING} when the workload never started); result files spell it by
 *     {@link Phase#id()}, e.g. {@code init}, {@code run}
 * @param message the reason as a user reads it
 */
@API(status = STABLE, since = "1.0")
public record ErrorInfo(ErrorCode code, Phase phase, String message) {}
