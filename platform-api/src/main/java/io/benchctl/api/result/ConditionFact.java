package io.benchctl.api.result;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * A fact about the conditions a workload ran under that is worth knowing but is no problem,
 * e.g. {@code socket-buffers} or {@code cpu-governor}.
 *
 * @param source who recorded it: {@code monitor} or the module's id
 * @since 1.1
 */
@API(status = EXPERIMENTAL, since = "1.1")
public record ConditionFact(String name, String value, String source) {}
