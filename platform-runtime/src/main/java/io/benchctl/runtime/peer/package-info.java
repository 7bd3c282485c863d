/**
 * {@code benchctl peer}: the command that serves network tests to benchctl clients on other
 * hosts, on top of the peer protocol.
 *
 * <p>Experimental, like the protocol it serves.
 */
@API(status = EXPERIMENTAL, since = "1.0")
package io.benchctl.runtime.peer;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
