/**
 * The macOS platform layer, through FFM into libSystem: {@code fcntl(F_NOCACHE)} for direct
 * I/O, {@code fcntl(F_FULLFSYNC)} for durable syncs, {@code sysctlbyname} for the host's facts.
 * Darwin pins no thread to a CPU ({@code thread_policy_set} affinity tags are hints), so affinity
 * is reported unavailable, never faked. A symbol the C library lacks is a fallback with a
 * warning, never a crash: every downcall is looked up through an injectable
 * {@link java.lang.foreign.SymbolLookup}.
 */
@API(status = INTERNAL, since = "1.3")
package io.benchctl.runtime.platform.macos;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
