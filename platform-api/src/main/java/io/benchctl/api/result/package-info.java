/**
 * The result model of one run, as every reporter receives it and {@code schemas/result.schema.json}
 * describes it: the benchctl build and plugins, one {@link io.benchctl.api.result.WorkloadResult} per
 * workload with its status, warnings and metrics (headline, samples, {@link
 * io.benchctl.api.result.Stats}).
 *
 * <p>Stable since 1.0, under the same versioning rule as {@code io.benchctl.api} (adr/0008).
 */
@API(status = STABLE, since = "1.0")
package io.benchctl.api.result;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
