package io.benchctl.api.result;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * One run's whole result: the document {@code schemas/result.schema.json} describes.
 *
 * @param schemaVersion semver of the result format
 * @param runId unique id of the run (also names the journal)
 * @param name the profile's run name
 * @param status {@code ok}, {@code failed} (a workload failed) or {@code interrupted}
 * @param startedAt ISO-8601 instant
 * @param finishedAt ISO-8601 instant
 * @param benchctl versions of benchctl and its plugins
 * @param hostId the id of the host the run measured ({@code benchctl run --host-id}, else the
 *     machine id, else the hostname); null in files written before schema 1.2.0
 * @param host the host metadata block (a JSON-like tree; see the schema)
 * @param profile the effective, validated configuration (a JSON-like tree)
 * @param tests one {@link WorkloadResult} per workload, in run order (the name is the JSON field
 *     name readers and exporters rely on, kept from the first result format)
 * @param comparison how the run compared with a baseline, or null when it was run without one
 *     (optional; schema 1.2.0)
 */
@API(status = STABLE, since = "1.0")
public record RunResult(
        String schemaVersion,
        String runId,
        String name,
        RunStatus status,
        String startedAt,
        String finishedAt,
        BenchctlInfo benchctl,
        String hostId,
        Map<String, Object> host,
        Map<String, Object> profile,
        List<WorkloadResult> tests,
        BaselineComparison comparison) {

    /** The version of the result format this API writes. */
    public static final String SCHEMA_VERSION = "1.3.0";

    /**
     * A result without a host id or a baseline comparison, as schema 1.1.0 had it: kept so that
     * code written against 1.1 still compiles.
     */
    public RunResult(
            String schemaVersion,
            String runId,
            String name,
            RunStatus status,
            String startedAt,
            String finishedAt,
            BenchctlInfo benchctl,
            Map<String, Object> host,
            Map<String, Object> profile,
            List<WorkloadResult> tests) {
        this(schemaVersion, runId, name, status, startedAt, finishedAt, benchctl, null, host, profile, tests);
    }

    /** A result without a baseline comparison. */
    public RunResult(
            String schemaVersion,
            String runId,
            String name,
            RunStatus status,
            String startedAt,
            String finishedAt,
            BenchctlInfo benchctl,
            String hostId,
            Map<String, Object> host,
            Map<String, Object> profile,
            List<WorkloadResult> tests) {
        this(schemaVersion, runId, name, status, startedAt, finishedAt, benchctl, hostId, host, profile, tests, null);
    }

    /** This result with {@code comparison} attached (or removed, with null). */
    public RunResult withComparison(BaselineComparison comparison) {
        return new RunResult(
                schemaVersion,
                runId,
                name,
                status,
                startedAt,
                finishedAt,
                benchctl,
                hostId,
                host,
                profile,
                tests,
                comparison);
    }
}
