package io.benchctl.history.store;

import io.benchctl.api.result.RunResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The result files under {@code results/}: real runs of {@code benchctl run} with the test
 * plugin's {@code sample} module (two workloads, a rate and a latency with its histogram, three
 * iterations). {@link #TINY_1} to {@link #TINY_3} and {@link #RENAMED} share a measured profile
 * ({@link #RENAMED} has another run name and output folder); {@link #BIGGER} sums a larger array.
 */
final class Results {

    static final String TINY_1 = "20261207T173915Z-tiny-3576.json";
    static final String TINY_2 = "20261207T173920Z-tiny-8a53.json";
    static final String TINY_3 = "20261207T173924Z-tiny-9f91.json";
    static final String RENAMED = "20261207T173935Z-renamed-node-7-2138.json";
    static final String BIGGER = "20261207T173938Z-tiny-bf84.json";

    // Read as the runtime's ResultCodec reads results: enums in lower case, unknown fields ignored.
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(EnumFeature.READ_ENUMS_USING_TO_STRING)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private Results() {}

    /** The same run under another id (to record it twice). */
    static RunResult withRunId(RunResult r, String runId) {
        return new RunResult(
                r.schemaVersion(),
                runId,
                r.name(),
                r.status(),
                r.startedAt(),
                r.finishedAt(),
                r.benchctl(),
                r.host(),
                r.profile(),
                r.tests());
    }

    static RunResult read(String name) {
        try (InputStream in = Results.class.getResourceAsStream("results/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test result " + name);
            }
            return MAPPER.readValue(in, RunResult.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
