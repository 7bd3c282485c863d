/**
 * The {@code memory} module: STREAM's copy, scale, add and triad kernels over chosen buffer sizes,
 * strides and thread counts, reported as bandwidth with the best pass beside the median.
 *
 * <p>Internal to the plugin: the runtime finds its extension through PF4J's index, and no other
 * code calls these classes.
 */
@API(status = INTERNAL, since = "1.0")
package io.benchctl.plugins.memory;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
