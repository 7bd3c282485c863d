/**
 * The conditions monitor: while a workload's measured iterations run, a low-rate sampler reads the
 * host's conditions through the platform's {@code ConditionsProbe}, summarises each signal for the
 * result's {@code conditions} block and turns the ones past the profile's {@code [conditions]}
 * thresholds into warnings (adr/0022).
 */
@API(status = INTERNAL, since = "1.3")
package io.benchctl.runtime.conditions;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
