/**
 * {@code benchctl baseline export}, {@code record} and {@code compare}: the command-line side
 * (options, exit codes, where reports are printed). Building baselines, comparing runs and
 * rendering reports is {@link io.benchctl.runtime.baseline}'s.
 */
package io.benchctl.runtime.cli.baseline;
