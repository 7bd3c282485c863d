/**
 * Profiles: TOML parsing, {@code --set} overrides, JSON Schema validation of {@code [run]} and
 * each {@code [modules.X]}, the merge of defaults, profile and overrides into an
 * {@link io.benchctl.runtime.config.EffectiveProfile}, and errors that name file, key, line,
 * expected and found values.
 *
 * <p>Mixed stability, stated per type: the loader, the effective profile, settings, units and
 * errors are stable since 1.0 (test kits and embedders use them); the rest is internal.
 */
package io.benchctl.runtime.config;
