package io.benchctl.runtime.plugins;

import io.benchctl.api.report.Reporter;
import io.benchctl.api.result.PluginInfo;

/** A reporter and the plugin it came from (its id, version, provider and JAR;
 * the JAR's SHA-256 is in {@link PluginCatalog#plugins()}). */
public record LoadedReporter(Reporter reporter, PluginInfo plugin) {}
