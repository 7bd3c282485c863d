/**
 * The {@code markdown} reporter: a Markdown summary of the run, also appended to
 * {@code $GITHUB_STEP_SUMMARY} when set.
 *
 * <p>Internal to the plugin: the runtime finds its extension through PF4J's index, and no other
 * code calls these classes.
 */
@API(status = INTERNAL, since = "1.0")
package io.benchctl.plugins.markdown;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
