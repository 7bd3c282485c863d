/**
 * The one canonical JSON encoding of a run result, and the reader that rebuilds a result from a
 * run's journal after a crash or a kill.
 *
 * <p>Internal to the runtime.
 */
@API(status = INTERNAL, since = "1.0")
package io.benchctl.runtime.result;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
