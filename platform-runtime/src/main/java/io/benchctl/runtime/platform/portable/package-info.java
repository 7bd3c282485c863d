/**
 * The portable platform layer: pure JDK, so it runs on every OS Java 25 runs on (Windows
 * included). It pins no thread, drops no cached page and opens no file for direct I/O; each of
 * those falls back with a warning on the workloads it affects.
 */
@API(status = INTERNAL, since = "1.3")
package io.benchctl.runtime.platform.portable;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
