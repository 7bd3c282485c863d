/**
 * The Linux platform layer: {@code sched_setaffinity}, {@code posix_fadvise} and
 * {@code O_DIRECT} through FFM and the JDK, and the host's facts from {@code /proc} and
 * {@code /sys}. The only main code that reads those trees (tests/architecture enforces it).
 */
@API(status = INTERNAL, since = "1.3")
package io.benchctl.runtime.platform.linux;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
