/**
 * Host metadata for the result's {@code host} block and {@code benchctl sysinfo}: OS, CPU,
 * caches, memory, storage, network, JVM and virtualisation hints, and the stable fingerprint of the
 * hardware fields that identify a host.
 *
 * <p>Internal to the runtime: plugins see host facts through {@code WorkloadContext}.
 */
@API(status = INTERNAL, since = "1.0")
package io.benchctl.runtime.host;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
