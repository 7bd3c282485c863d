/**
 * The platform layer: everything benchctl needs from the operating system below the JDK, one
 * small interface per concern ({@link io.benchctl.runtime.platform.ThreadAffinity},
 * {@link io.benchctl.runtime.platform.HostProbes}, and the plugin-facing
 * {@link io.benchctl.api.platform.Platform}), gathered by a
 * {@link io.benchctl.runtime.platform.PlatformLayer} and chosen once per process by
 * {@link io.benchctl.runtime.platform.Platforms}. Implementations live in {@code .linux},
 * {@code .macos} and {@code .portable} (pure JDK); nothing outside these packages reads the
 * kernel's pseudo-file systems or calls the C library for them (adr/0006, adr/0018).
 */
@API(status = INTERNAL, since = "1.3")
package io.benchctl.runtime.platform;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
