package io.benchctl.runtime.plugins;

import io.benchctl.api.report.Reporter;
import io.benchctl.api.result.PluginInfo;

/** A reporter and the plugin it came from. */
public record LoadedReporter(Reporter reporter, PluginInfo plugin) {}
