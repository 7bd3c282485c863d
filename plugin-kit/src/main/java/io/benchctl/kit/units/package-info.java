/**
 * Byte counts as the exact binary-unit strings profiles use ("4KiB", "1MiB").
 *
 * <p>Experimental, like all of plugin-kit.
 */
@API(status = EXPERIMENTAL, since = "1.0")
package io.benchctl.kit.units;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
