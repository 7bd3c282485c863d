/**
 * The {@code html} reporter: one self-contained HTML file with SVG bar charts and latency
 * percentile spectra.
 *
 * <p>Internal to the plugin: the runtime finds its extension through PF4J's index, and no other
 * code calls these classes.
 */
@API(status = INTERNAL, since = "1.0")
package io.benchctl.plugins.html;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
