package io.benchctl.plugins.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The module's JSON Schema, checked with the validator the runtime uses. */
class CpuSchemaTest {

    private final Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(new CpuModule().configSchema(), InputFormat.JSON);

    @Test
    void acceptsTheDocumentedSettings() {
        assertEquals(List.of(), messages("{\"threads\": 2, \"kernels\": [\"int\", \"primes\"], \"max_prime\": 20000}"));
        assertEquals(List.of(), messages("{}"));
    }

    @Test
    void rejectsMisspeltKeysUnknownKernelsAndBadRanges() {
        assertTrue(messages("{\"thread\": 2}").getFirst().contains("thread"));
        assertEquals(1, messages("{\"kernels\": [\"fft\"]}").size());
        assertEquals(1, messages("{\"threads\": 0}").size());
        assertEquals(1, messages("{\"max_prime\": \"many\"}").size());
        assertEquals(1, messages("{\"kernels\": []}").size());
    }

    private List<String> messages(String json) {
        return schema.validate(json, InputFormat.JSON).stream()
                .map(Object::toString)
                .toList();
    }
}
