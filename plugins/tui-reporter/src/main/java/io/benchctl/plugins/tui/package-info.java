/**
 * The {@code tui} reporter: a live dashboard on stderr when it is a terminal (one card per
 * workload), plain progress lines otherwise (adr/0009).
 *
 * <p>Internal to the plugin: the runtime finds its extension through PF4J's index, and no other
 * code calls these classes.
 */
@API(status = INTERNAL, since = "1.0")
package io.benchctl.plugins.tui;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
