package io.benchctl.runtime.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.benchctl.api.report.Phase;
import io.benchctl.api.result.ErrorCode;
import io.benchctl.api.result.RunResult;
import io.benchctl.api.result.StopReason;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdScalarSerializer;

/**
 * The one canonical JSON encoding of {@link RunResult}: what the JSON reporter writes, the journal
 * holds, and {@code report} and {@code baseline} read back. Enums are lower case, nulls omitted;
 * {@link ErrorCode} and {@link Phase} are spelled by their {@code id()}, and an unknown one in a
 * file is an error naming the value, the place and the known ones; so is {@link StopReason}.
 */
public final class ResultCodec {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(EnumFeature.WRITE_ENUMS_TO_LOWERCASE)
            .enable(EnumFeature.READ_ENUMS_USING_TO_STRING)
            .enable(tools.jackson.databind.MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .changeDefaultPropertyInclusion(v -> v.withValueInclusion(JsonInclude.Include.NON_NULL))
            .addModule(new SimpleModule("benchctl-ids")
                    .addSerializer(ErrorCode.class, byId(ErrorCode.class, ErrorCode::id))
                    .addDeserializer(ErrorCode.class, fromId(ErrorCode.class, ErrorCode::fromId))
                    .addSerializer(Phase.class, byId(Phase.class, Phase::id))
                    .addDeserializer(Phase.class, fromId(Phase.class, Phase::fromId))
                    .addSerializer(StopReason.class, byId(StopReason.class, StopReason::id))
                    .addDeserializer(StopReason.class, fromId(StopReason.class, StopReason::fromId)))
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
            throw new IOException(file + ": not a benchctl result: " + describe(e), e);
        }
        String missing = missingPart(result);
        if (missing != null) {
            throw new IOException(file + ": not a benchctl result: " + missing);
        }
        return result;
    }

    /** A parse error as a user reads it: where in the document (when known) and what. */
    static String describe(JacksonException e) {
        StringBuilder where = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                where.append(where.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                where.append('[').append(reference.getIndex()).append(']');
            }
        }
        return where.isEmpty() ? e.getOriginalMessage() : where + ": " + e.getOriginalMessage();
    }

    /** What a document lacks to be a result that reporters can render, or null. */
    static String missingPart(RunResult result) {
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
            var error = test.error();
            if (error != null && (error.code() == null || error.phase() == null || error.message() == null)) {
                return "tests[" + i + "].error lacks one of code, phase, message";
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

    private static <E extends Enum<E>> StdScalarSerializer<E> byId(Class<E> type, Function<E, String> id) {
        return new StdScalarSerializer<>(type) {
            @Override
            public void serialize(E value, JsonGenerator generator, SerializationContext context) {
                generator.writeString(id.apply(value));
            }
        };
    }

    private static <E extends Enum<E>> StdScalarDeserializer<E> fromId(Class<E> type, Function<String, E> fromId) {
        return new StdScalarDeserializer<>(type) {
            @Override
            public E deserialize(JsonParser parser, DeserializationContext context) {
                if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                    throw InvalidFormatException.from(parser, "expected a string", null, type);
                }
                String text = parser.getString();
                try {
                    return fromId.apply(text);
                } catch (IllegalArgumentException e) {
                    throw InvalidFormatException.from(parser, e.getMessage(), text, type);
                }
            }
        };
    }
}
