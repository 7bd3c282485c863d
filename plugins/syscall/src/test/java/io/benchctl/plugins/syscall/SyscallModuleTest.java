package io.benchctl.plugins.syscall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.benchctl.api.HostFacts;
import io.benchctl.api.Resource;
import io.benchctl.api.Workload;
import io.benchctl.api.result.WorkloadResult;
import io.benchctl.api.result.WorkloadStatus;
import io.benchctl.testkit.ModuleRun;
import io.benchctl.testkit.ModuleTestKit;
import io.benchctl.testkit.RecordingRecorder;
import io.benchctl.testkit.TestSettings;
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

    /**
     * Runs one syscall workload, with no settings, through the runtime's driver and returns every
     * value and latency it recorded in its measured iterations, as the tests and bench driver use.
     */
    static RecordingRecorder run(
            Workload workload, boolean pinned, Duration warmup, Duration iteration, int iterations) {
        RecordingRecorder recorded = new RecordingRecorder();
        ModuleRun run = ModuleTestKit.forWorkload("syscall", workload)
                .host(HOST)
                .warmup(warmup)
                .iterationDuration(iteration)
                .iterations(iterations)
                .affinity(pinned)
                .observe(recorded)
                .run();
        WorkloadResult result = run.test(workload.variant());
        if (result.status() != WorkloadStatus.OK) {
            throw new AssertionError("syscall/" + workload.variant() + " " + result.status() + ": " + result.error());
        }
        return recorded;
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
        List<Workload> plan = module.plan(TestSettings.merged(module.defaults(host), Map.of()), host);
        assertEquals(
                List.of("pipe/1B", "pipe/4KiB", "pipe/64KiB", "null"),
                plan.stream().map(Workload::variant).toList());

        List<Workload> sized = module.plan(
                TestSettings.merged(
                        module.defaults(host), Map.of("payload_bytes", List.of("1MiB", 100L), "null_syscall", false)),
                host);
        assertEquals(
                List.of("pipe/1MiB", "pipe/100B"),
                sized.stream().map(Workload::variant).toList());
    }
}
