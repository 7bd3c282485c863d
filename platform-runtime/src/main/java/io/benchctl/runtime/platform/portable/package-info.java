/** The answers of a host benchctl has no specific code for: every capability unavailable, saying why. */
@API(status = INTERNAL, since = "1.3")
package io.benchctl.runtime.platform.portable;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
