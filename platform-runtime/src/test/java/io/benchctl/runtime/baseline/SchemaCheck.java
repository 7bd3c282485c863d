package io.benchctl.runtime.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.benchctl.runtime.result.ResultCodec;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Validates documents against the schemas published under {@code schemas/}. */
public final class SchemaCheck {

    private static final SchemaRegistry REGISTRY =
            SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private SchemaCheck() {}

    public static void assertValid(String schemaFile, String json) {
        Schema schema = REGISTRY.getSchema(SchemaLocation.of("classpath:io/benchctl/runtime/schemas/" + schemaFile));
        JsonNode document = ResultCodec.mapper().readTree(json);
        List<com.networknt.schema.Error> errors = schema.validate(document);
        assertEquals(List.of(), errors.stream().map(Object::toString).toList(), schemaFile + " violated by " + json);
    }
}
