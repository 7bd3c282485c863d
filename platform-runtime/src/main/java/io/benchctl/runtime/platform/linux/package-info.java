/**
 * The Linux answers of the platform layer, read from {@code /proc} and {@code /sys}. Every reader
 * takes the root those live under, so tests lay out fixture files like {@code /sys} for what this
 * machine cannot produce (frequency drops, thermal throttling, steal).
 */
@API(status = INTERNAL, since = "1.3")
package io.benchctl.runtime.platform.linux;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
