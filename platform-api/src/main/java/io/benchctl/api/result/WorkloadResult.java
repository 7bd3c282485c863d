package io.benchctl.api.result;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import org.apiguardian.api.API;

/**
 * One workload's result.
 *
 * @param id {@code module/variant}
 * @param error set when the status is failed or skipped, else null
 * @param pinnedCpus the CPU each measurement thread was pinned to, in thread order (empty when
 *     pinning was off or unsupported)
 * @param startedAt ISO-8601 instant the workload's init began
 * @param finishedAt ISO-8601 instant its close ended
 * @param pair both ends by host id, for a network workload of a run between two fleet hosts
 *     ({@code benchctl run --peer-host-id}); null otherwise and in files before schema 1.3.0
 * @param measurement how it was measured (warm-up, iterations, stop reason, rounds); null for a
 *     workload that never ran and in files before schema 1.3.0
 * @param conditions what the host was doing during the measured iterations; null for a workload
 *     that never reached them and in files written before schema 1.3.0 (experimental)
 */
@API(status = STABLE, since = "1.0")
public record WorkloadResult(
        String id,
        String module,
        String variant,
        WorkloadStatus status,
        ErrorInfo error,
        List<WarningInfo> warnings,
        List<MetricResult> metrics,
        List<Integer> pinnedCpus,
        String startedAt,
        String finishedAt,
        NetworkPair pair,
        Measurement measurement,
        @API(status = EXPERIMENTAL, since = "1.1") Conditions conditions) {

    /** A workload's result without the blocks schema 1.3.0 added, as schema 1.2.0 had it. */
    public WorkloadResult(
            String id,
            String module,
            String variant,
            WorkloadStatus status,
            ErrorInfo error,
            List<WarningInfo> warnings,
            List<MetricResult> metrics,
            List<Integer> pinnedCpus,
            String startedAt,
            String finishedAt) {
        this(
                id,
                module,
                variant,
                status,
                error,
                warnings,
                metrics,
                pinnedCpus,
                startedAt,
                finishedAt,
                null,
                null,
                null);
    }

    /** This result labelled with both ends of its network test. */
    public WorkloadResult withPair(NetworkPair value) {
        return new WorkloadResult(
                id,
                module,
                variant,
                status,
                error,
                warnings,
                metrics,
                pinnedCpus,
                startedAt,
                finishedAt,
                value,
                measurement,
                conditions);
    }
}
