package io.benchctl.plugins.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The module's JSON Schema, checked with the validator the runtime uses. */
class MemorySchemaTest {

    private final Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(new MemoryModule().configSchema(), InputFormat.JSON);

    @Test
    void acceptsTheProfileExample() {
        assertEquals(List.of(), messages("""
                {"kernels": ["copy", "scale", "add", "triad"], "buffer_sizes": ["32KiB", "4MiB", "1GiB", 1920000000],
                 "strides": [1, 8], "threads": 1}"""));
    }

    @Test
    void rejectsMisspeltKeysUnknownKernelsAndBadSizes() {
        assertTrue(messages("{\"buffer_size\": [\"1GiB\"]}").getFirst().contains("buffer_size"));
        assertEquals(1, messages("{\"kernels\": [\"daxpy\"]}").size());
        assertFalse(messages("{\"buffer_sizes\": [\"lots\"]}").isEmpty());
        assertEquals(1, messages("{\"strides\": [0]}").size());
        assertEquals(1, messages("{\"threads\": \"two\"}").size());
    }

    private List<String> messages(String json) {
        return schema.validate(json, InputFormat.JSON).stream()
                .map(Object::toString)
                .toList();
    }
}
