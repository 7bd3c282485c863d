package io.benchctl.history.store;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.benchctl.api.result.Stats;
import java.time.Instant;
import java.util.List;
import org.apiguardian.api.API;

/**
 * One stored metric of one run's workload, with where it came from.
 *
 * @param workloadStatus {@code ok}, {@code failed} or {@code skipped}
 * @param thread the measurement thread, or null for the aggregate
 * @param histogram the HdrHistogram as the result carried it (compressed, base64), or null
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record StoredMetric(
        String runId,
        Instant startedAt,
        String hostId,
        String measurementKey,
        String workloadId,
        String workloadStatus,
        String name,
        String unit,
        String better,
        Integer thread,
        double value,
        double best,
        Stats stats,
        List<Double> samples,
        String histogram) {

    /** {@code workload/metric}, e.g. {@code cpu/int/ops_per_second}: what export globs match. */
    public String qualifiedName() {
        return workloadId + "/" + name;
    }
}
