/**
 * Plugin loading: checks each plugin file before PF4J sees it, loads plugins, finds their modules
 * and reporters through PF4J's extension index and {@code ServiceLoader}, and turns every fault
 * into a {@link io.benchctl.runtime.plugins.PluginProblem} naming the plugin and the reason
 * (adr/0002, adr/0011).
 *
 * <p>Internal to the runtime.
 */
@API(status = INTERNAL, since = "1.0")
package io.benchctl.runtime.plugins;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
