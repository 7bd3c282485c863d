/**
 * The CI exporters {@code gab}, {@code bmf}, {@code csv} and {@code openmetrics}: the run's
 * metrics in the formats benchmark-tracking services and monitoring systems read.
 *
 * <p>Internal to the plugin: the runtime finds its extension through PF4J's index, and no other
 * code calls these classes.
 */
@API(status = INTERNAL, since = "1.0")
package io.benchctl.plugins.exporters;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
