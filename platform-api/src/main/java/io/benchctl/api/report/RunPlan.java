package io.benchctl.api.report;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * What a run is about to do, sent once before any workload starts.
 *
 * @param workloadIds every workload in planned order
 * @param estimatedDuration the sum of warmup, iterations and cooldown over the planned workloads
 *     under the planned schedule
 */
@API(status = STABLE, since = "1.0")
public record RunPlan(
        String runId, String name, List<String> workloadIds, Duration estimatedDuration, Map<String, Object> host) {}
