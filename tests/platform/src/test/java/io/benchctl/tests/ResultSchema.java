package io.benchctl.tests;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Validates documents against the published schemas in schemas/ (their $refs resolved there too). */
final class ResultSchema {
    private static final String PREFIX = "https://benchctl.io/schemas/";
    private static final Path SCHEMAS = Path.of(System.getProperty("benchctl.test.schemas"));

    private ResultSchema() {}

    static List<com.networknt.schema.Error> validate(String schemaFile, Path document) throws IOException {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemas(
                        iri -> iri.startsWith(PREFIX) ? read(SCHEMAS.resolve(iri.substring(PREFIX.length()))) : null));
        Schema schema = registry.getSchema(SchemaLocation.of(PREFIX + schemaFile));
        return schema.validate(Files.readString(document), InputFormat.JSON);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
