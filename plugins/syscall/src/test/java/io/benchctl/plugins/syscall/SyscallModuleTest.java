package io.benchctl.plugins.syscall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.benchctl.api.CpuAffinity;
import io.benchctl.api.HostFacts;
import io.benchctl.api.Resource;
import io.benchctl.api.Workload;
import io.benchctl.kit.testing.MapSettings;
import io.benchctl.kit.testing.TestWorkloadContext;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SyscallModuleTest {
    private final SyscallModule module = new SyscallModule();
    /** This machine's processors and heap; no cache sizes, which the syscall module ignores. */
    static final HostFacts HOST = new HostFacts(
            "linux",
            Runtime.getRuntime().availableProcessors(),
            Runtime.getRuntime().availableProcessors(),
            0,
            0,
            0,
            Runtime.getRuntime().maxMemory());

    private final HostFacts host = HOST;

    /** A context for one syscall workload with no settings, as the tests and bench driver use. */
    static TestWorkloadContext context(
            Workload workload, CpuAffinity affinity, Duration warmup, Duration iteration, int iterations) {
        return new TestWorkloadContext(
                "syscall/" + workload.variant(),
                new MapSettings(Map.of()),
                HOST,
                warmup,
                iteration,
                iterations,
                affinity,
                TestWorkloadContext.noScratch("syscall"));
    }

    @Test
    void isTheSyscallModuleAndContendsForCpus() {
        assertEquals("syscall", module.id());
        assertEquals(Set.of(Resource.CPU), module.resources());
    }

    @Test
    void theSchemaIsClosedAndNamesExactlyTheDefaultedKeys() {
        JsonNode schema = JsonMapper.builder().build().readTree(module.configSchema());
        assertFalse(schema.get("additionalProperties").asBoolean());
        assertEquals(
                new TreeSet<>(module.defaults(host).keySet()),
                new TreeSet<>(schema.get("properties").propertyNames()));
    }

    @Test
    void thePlanHasAPipeWorkloadPerPayloadThenTheNullSyscall() {
        List<Workload> plan = module.plan(MapSettings.merged(module.defaults(host), Map.of()), host);
        assertEquals(
                List.of("pipe/1B", "pipe/4KiB", "pipe/64KiB", "null"),
                plan.stream().map(Workload::variant).toList());

        List<Workload> sized = module.plan(
                MapSettings.merged(
                        module.defaults(host), Map.of("payload_bytes", List.of("1MiB", 100L), "null_syscall", false)),
                host);
        assertEquals(
                List.of("pipe/1MiB", "pipe/100B"),
                sized.stream().map(Workload::variant).toList());
    }
}
