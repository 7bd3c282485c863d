/**
 * The {@code json} reporter: writes the run result as {@code <runId>.json}, valid against
 * {@code schemas/result.schema.json}.
 *
 * <p>Internal to the plugin: the runtime finds its extension through PF4J's index, and no other
 * code calls these classes.
 */
@API(status = INTERNAL, since = "1.0")
package io.benchctl.plugins.json;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
