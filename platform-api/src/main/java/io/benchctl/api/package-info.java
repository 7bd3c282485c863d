/**
 * The platform API a plugin compiles against: a {@link io.benchctl.api.BenchmarkModule} plans
 * {@link io.benchctl.api.Workload}s, and the runtime drives each through init, warmup, run,
 * cooldown and close with a {@link io.benchctl.api.WorkloadContext} (settings, recorder, affinity,
 * scratch space, host facts, cancellation).
 *
 * <p>Stable since 1.0: a change that breaks a compiled plugin bumps the major API version, which
 * plugins state in {@code Plugin-Requires} (adr/0008).
 */
@API(status = STABLE, since = "1.0")
package io.benchctl.api;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
