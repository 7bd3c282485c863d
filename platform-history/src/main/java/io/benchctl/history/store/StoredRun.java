package io.benchctl.history.store;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Instant;
import org.apiguardian.api.API;

/**
 * One recorded run, without its metrics.
 *
 * @param startedAt when the run started (millisecond precision, as stored)
 * @param finishedAt when it finished, or null
 * @param hostId the host id it was recorded under
 * @param fingerprint the host's hardware fingerprint in the result, or null
 * @param profileHash SHA-256 of the whole effective profile
 * @param measurementKey see {@link MeasurementKey}
 * @param workloads how many workloads it recorded
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record StoredRun(
        String runId,
        String name,
        String status,
        Instant startedAt,
        Instant finishedAt,
        String hostId,
        String fingerprint,
        String profileHash,
        String measurementKey,
        String benchctlVersion,
        int workloads) {}
