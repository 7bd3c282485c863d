/**
 * CPU affinity for measurement threads: {@link io.benchctl.runtime.affinity.ThreadPinner} pins
 * thread i of a workload to the i-th CPU the process may use, through the platform layer's
 * {@code ThreadAffinity}, and records what was applied.
 *
 * <p>Internal to the runtime: plugins reach it only through {@code WorkloadContext.affinity()}.
 */
@API(status = INTERNAL, since = "1.0")
package io.benchctl.runtime.affinity;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
