/**
 * The {@code network} module: TCP throughput, round trips and connection set-up, on loopback or
 * against a {@code benchctl peer} on another host through the peer protocol.
 *
 * <p>Internal to the plugin: the runtime finds its extension through PF4J's index, and no other
 * code calls these classes.
 */
@API(status = INTERNAL, since = "1.0")
package io.benchctl.plugins.network;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
