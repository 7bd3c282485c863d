/**
 * The network peer protocol, shared by {@code benchctl peer} and the network plugin: framing,
 * HMAC challenge-response authentication with a token that is never sent, the server with its
 * bounds on message sizes, connections and time, and the client (adr/0005).
 *
 * <p>Experimental: the host offers it to the network plugin only, and the wire format may change
 * in a minor release.
 */
@API(status = EXPERIMENTAL, since = "1.0")
package io.benchctl.peer;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
