/**
 * The {@code cpu} module: integer, floating-point, hashing and sysbench-compatible prime kernels
 * on pinned threads, reported as operations per second.
 *
 * <p>Internal to the plugin: the runtime finds its extension through PF4J's index, and no other
 * code calls these classes.
 */
@API(status = INTERNAL, since = "1.0")
package io.benchctl.plugins.cpu;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
