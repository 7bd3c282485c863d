package io.benchctl.runtime.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SchemaValidatorTest {

    private final SchemaValidator validator = new SchemaValidator();

    @Test
    void reportsEachViolationWithItsJsonPointer() {
        var instance = Json.toNode(Map.of("server", Map.of("threads", "four", "a/b", List.of(1, "x"))));
        String schema = """
                {"type": "object", "properties": {"server": {"type": "object", "additionalProperties": false,
                  "properties": {"threads": {"type": "integer"}, "port": {},
                                 "a/b": {"type": "array", "items": {"type": "integer"}}}}}}
                """;

        List<SchemaValidator.Violation> violations = validator.validate(instance, schema);

        assertEquals(
                List.of("/server/a~1b/1", "/server/threads"),
                violations.stream()
                        .map(SchemaValidator.Violation::pointer)
                        .sorted()
                        .toList());
        assertEquals(
                List.of("server", "threads"),
                violations.stream()
                        .filter(v -> v.keyword().equals("type") && v.path().size() == 2)
                        .findFirst()
                        .orElseThrow()
                        .path());
    }

    @Test
    void namesTheDeclaredPropertiesBesideAnUnknownOne() {
        var instance = Json.toNode(Map.of("server", Map.of("thread", 4)));
        String schema = """
                {"properties": {"server": {"additionalProperties": false,
                  "properties": {"threads": {}, "port": {}}}}}
                """;

        SchemaValidator.Violation violation =
                validator.validate(instance, schema).getFirst();

        assertEquals("additionalProperties", violation.keyword());
        assertEquals("thread", violation.property());
        assertEquals(List.of("threads", "port"), violation.knownProperties());
        assertEquals("/server", violation.pointer());
    }

    @Test
    void anUnusableSchemaIsAnIllegalArgument() {
        assertThrows(IllegalArgumentException.class, () -> validator.validate(Json.toNode(Map.of()), "{oops"));
        assertThrows(IllegalArgumentException.class, () -> validator.topLevelProperties("[1"));
    }
}
