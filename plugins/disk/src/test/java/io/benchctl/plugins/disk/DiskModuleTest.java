package io.benchctl.plugins.disk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.benchctl.api.HostFacts;
import io.benchctl.api.Resource;
import io.benchctl.api.Settings;
import io.benchctl.api.Workload;
import io.benchctl.testkit.TestSettings;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DiskModuleTest {
    /** This machine's processors and heap; no cache sizes, which the disk module ignores. */
    static final HostFacts HOST = new HostFacts(
            "linux",
            Runtime.getRuntime().availableProcessors(),
            Runtime.getRuntime().availableProcessors(),
            0,
            0,
            0,
            Runtime.getRuntime().maxMemory());

    private final DiskModule module = new DiskModule();

    @Test
    void isTheDiskModuleAndContendsForTheDisk() {
        assertEquals("disk", module.id());
        assertEquals(Set.of(Resource.DISK), module.resources());
    }

    @Test
    void theSchemaIsClosedAndNamesExactlyTheDefaultedKeys() {
        JsonNode schema = JsonMapper.builder().build().readTree(module.configSchema());
        assertFalse(schema.get("additionalProperties").asBoolean());
        assertEquals(
                new TreeSet<>(module.defaults(HOST).keySet()),
                new TreeSet<>(schema.get("properties").propertyNames()));
    }

    @Test
    void thePlanHasOneWorkloadPerPatternAndBlockSize() {
        List<Workload> plan = module.plan(settings(Map.of()), HOST);
        assertEquals(
                List.of(
                        "seq-write/4KiB",
                        "seq-write/1MiB",
                        "seq-read/4KiB",
                        "seq-read/1MiB",
                        "rand-read/4KiB",
                        "rand-read/1MiB",
                        "rand-write/4KiB",
                        "rand-write/1MiB"),
                plan.stream().map(Workload::variant).toList());
    }

    @Test
    void aFileSizeThatIsNotAMultipleOfABlockSizeIsRefusedByName() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> module.plan(
                        settings(Map.of("file_size", "1000KiB", "block_sizes", List.of("4KiB", "3KiB"))), HOST));
        assertEquals("file_size 1000KiB must be a multiple of every block size; 3KiB is not a divisor", e.getMessage());
    }

    @Test
    void fsyncTakesWordsOrBooleans() {
        assertEquals(FsyncMode.OFF, FsyncMode.of(false));
        assertEquals(FsyncMode.EVERY, FsyncMode.of(true));
        assertEquals(FsyncMode.END, FsyncMode.of("end"));
        assertEquals(FsyncMode.EVERY, FsyncMode.of("every"));
        assertThrows(IllegalArgumentException.class, () -> FsyncMode.of("sometimes"));
    }

    private Settings settings(Map<String, Object> overrides) {
        return TestSettings.merged(module.defaults(HOST), overrides);
    }
}
