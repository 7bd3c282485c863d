package io.benchctl.runtime.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.benchctl.api.result.RunResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one canonical JSON encoding of {@link RunResult}: what the JSON reporter writes, the journal
 * holds, and {@code report} and {@code baseline} read back. Enums are lower case, nulls omitted.
 */
public final class ResultCodec {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(EnumFeature.WRITE_ENUMS_TO_LOWERCASE)
            .enable(EnumFeature.READ_ENUMS_USING_TO_STRING)
            .enable(tools.jackson.databind.MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .changeDefaultPropertyInclusion(v -> v.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();

    private ResultCodec() {}

    /** The shared mapper, configured for results. */
    public static JsonMapper mapper() {
        return MAPPER;
    }

    public static byte[] toJson(RunResult result) {
        return MAPPER.writeValueAsBytes(result);
    }

    /** One compact line (for the journal). */
    public static String toJsonLine(Object value) {
        return MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value);
    }

    public static JsonNode toTree(Object value) {
        return MAPPER.valueToTree(value);
    }

    /**
     * Reads a result document.
     *
     * @throws IOException with a one-line message naming the file when it is missing or is not
     *     a result document
     */
    public static RunResult read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": no such file");
        }
        RunResult result;
        try {
            result = MAPPER.readValue(file.toFile(), RunResult.class);
        } catch (JacksonException e) {
            throw new IOException(file + ": not a benchctl result: " + e.getOriginalMessage(), e);
        }
        String missing = missingPart(result);
        if (missing != null) {
            throw new IOException(file + ": not a benchctl result: " + missing);
        }
        return result;
    }

    /** What a document lacks to be a result that reporters can render, or null. */
    private static String missingPart(RunResult result) {
        if (result == null) {
            return "the document is empty or null";
        }
        if (result.runId() == null || result.status() == null || result.tests() == null || result.benchctl() == null) {
            return "it lacks one of runId, status, benchctl, tests";
        }
        for (int i = 0; i < result.tests().size(); i++) {
            var test = result.tests().get(i);
            if (test == null || test.id() == null || test.status() == null || test.metrics() == null) {
                return "tests[" + i + "] lacks one of id, status, metrics";
            }
            for (var metric : test.metrics()) {
                if (metric == null
                        || metric.name() == null
                        || metric.unit() == null
                        || metric.better() == null
                        || metric.samples() == null
                        || metric.stats() == null) {
                    return "a metric of tests[" + i + "] lacks one of name, unit, better, samples, stats";
                }
            }
        }
        return null;
    }
}
