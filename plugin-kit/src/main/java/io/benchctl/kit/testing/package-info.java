/**
 * Driving one workload outside the runtime, for unit tests and bench drivers: a real
 * {@code WorkloadContext}, map-backed settings, a recorder that keeps every observation, and host
 * facts read from {@code /sys}.
 *
 * <p>Experimental, like all of plugin-kit.
 */
@API(status = EXPERIMENTAL, since = "1.0")
package io.benchctl.kit.testing;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
