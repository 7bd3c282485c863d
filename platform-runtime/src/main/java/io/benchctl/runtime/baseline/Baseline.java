package io.benchctl.runtime.baseline;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * A baseline: several runs' metrics merged, and what identifies the conditions they were measured
 * under. The document {@code schemas/baseline.schema.json} describes.
 *
 * @param schemaVersion semver of this format; a breaking change bumps the major
 * @param createdAt ISO-8601 instant the baseline was exported
 * @param window the most runs kept per metric (the newest ones)
 * @param identity the conditions of the newest run
 * @param runs the runs merged, oldest first
 * @param metrics by metric key ({@code <testId>:<name>}, plus {@code [thread N]} per thread)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Baseline(
        String schemaVersion,
        String createdAt,
        int window,
        RunIdentity identity,
        List<SourceRun> runs,
        Map<String, BaselineMetric> metrics) {

    /** The version of the baseline format this code writes. */
    public static final String SCHEMA_VERSION = "1.0.0";

    /** One run that went into the baseline. */
    public record SourceRun(String runId, String startedAt, String file) {}
}
