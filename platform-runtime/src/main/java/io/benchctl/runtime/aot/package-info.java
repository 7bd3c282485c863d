/**
 * The training run that {@code scripts/build-aot-cache.sh} records into the distribution's JDK
 * AOT cache, so that the commands people type most start fast (adr/0010).
 *
 * <p>Internal to the build of the distribution.
 */
@API(status = INTERNAL, since = "1.0")
package io.benchctl.runtime.aot;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
