/**
 * Measurement threads for modules: platform threads pinned once and kept between iterations,
 * per-run job threads that never outlive the run, and a spinning barrier that releases them
 * together without a wake-up delay.
 *
 * <p>Experimental, like all of plugin-kit.
 */
@API(status = EXPERIMENTAL, since = "1.0")
package io.benchctl.kit.workers;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
