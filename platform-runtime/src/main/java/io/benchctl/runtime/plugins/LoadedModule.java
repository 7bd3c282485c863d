package io.benchctl.runtime.plugins;

import io.benchctl.api.BenchmarkModule;
import io.benchctl.api.result.PluginInfo;

/** A benchmark module and the plugin it came from. */
public record LoadedModule(BenchmarkModule module, PluginInfo plugin) {}
