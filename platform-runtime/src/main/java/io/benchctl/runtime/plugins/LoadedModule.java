package io.benchctl.runtime.plugins;

import io.benchctl.api.BenchmarkModule;
import io.benchctl.api.result.PluginInfo;

/** A benchmark module and the plugin it came from (its id, version, provider and JAR;
 * the JAR's SHA-256 is in {@link PluginCatalog#plugins()}). */
public record LoadedModule(BenchmarkModule module, PluginInfo plugin) {}
