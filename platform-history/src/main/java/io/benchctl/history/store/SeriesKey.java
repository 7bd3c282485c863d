package io.benchctl.history.store;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * What makes figures of different runs one series: same host, same measured configuration,
 * same workload, same metric. Only aggregate metrics (no thread) form series.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record SeriesKey(String hostId, String measurementKey, String workloadId, String metricName) {

    /** E.g. {@code cpu/int/ops_per_second on host 4f2a… (key 9c1e…)}. */
    @Override
    public String toString() {
        return workloadId + "/" + metricName + " on host " + hostId + " (key " + measurementKey.substring(0, 12) + "…)";
    }
}
