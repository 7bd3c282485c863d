package io.benchctl.api.result;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * A loaded plugin.
 *
 * @param jar the plugin file's name
 * @param sha256 hex SHA-256 of the plugin file
 */
@API(status = STABLE, since = "1.0")
public record PluginInfo(String id, String version, String provider, String jar, String sha256) {}
