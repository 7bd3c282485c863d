/**
 * Reading text files shipped inside a plugin JAR, such as a module's JSON Schema.
 *
 * <p>Experimental, like all of plugin-kit: plugins shade and relocate it, so each carries the
 * version it was built with.
 */
@API(status = EXPERIMENTAL, since = "1.0")
package io.benchctl.kit.resources;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
