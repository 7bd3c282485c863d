package io.benchctl.plugins.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.benchctl.api.HostFacts;
import io.benchctl.api.result.MetricResult;
import io.benchctl.api.result.WorkloadResult;
import io.benchctl.api.result.WorkloadStatus;
import io.benchctl.testkit.ModuleRun;
import io.benchctl.testkit.ModuleTestKit;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Runs every cpu workload through the runtime's whole lifecycle on two pinned threads. */
class CpuWorkloadTest {

    private static final HostFacts HOST = new HostFacts("linux", 2, 2, 48 << 10, 2 << 20, 32 << 20, 8L << 30);

    @Test
    void everyKernelReportsPerThreadAndAggregateRatesOnPinnedThreads() {
        ModuleRun run = ModuleTestKit.forModule(new CpuModule())
                .host(HOST)
                .set("threads", 2L)
                .set("max_prime", 2000L)
                .warmup(Duration.ofMillis(30))
                .iterationDuration(Duration.ofMillis(60))
                .iterations(2)
                .affinity(true)
                .run();
        assertEquals(
                List.of("int/t2", "float/t2", "hash/t2", "primes/t2"),
                run.tests().stream().map(WorkloadResult::variant).toList());

        for (WorkloadResult test : run.tests()) {
            assertEquals(WorkloadStatus.OK, test.status(), () -> test.variant() + ": " + test.error());
            List<MetricResult> metrics = test.metrics();
            assertEquals(3, metrics.size(), test.variant());
            MetricResult aggregate = metrics.getFirst();
            assertEquals("ops_per_second", aggregate.name());
            assertEquals(null, aggregate.thread());
            assertEquals(2, aggregate.samples().size());
            double perThreadSum = metrics.get(1).value() + metrics.get(2).value();
            assertTrue(
                    aggregate.value() > 0 && aggregate.value() <= perThreadSum * 1.001,
                    test.variant() + ": aggregate " + aggregate.value() + " vs threads " + perThreadSum);
            boolean pinningWorked =
                    test.warnings().stream().noneMatch(w -> w.code().equals("affinity-unavailable"));
            if (pinningWorked && Runtime.getRuntime().availableProcessors() >= 2) {
                List<Integer> cpus = test.pinnedCpus();
                assertEquals(2, cpus.size());
                assertNotEquals(cpus.get(0), cpus.get(1));
            }
        }
    }

    @Test
    void defaultsFollowTheHost() {
        Map<String, Object> defaults = new CpuModule().defaults(HOST);
        assertEquals(2L, defaults.get("threads"));
        assertEquals(List.of("int", "float", "hash", "primes"), defaults.get("kernels"));
        assertEquals(10_000L, defaults.get("max_prime"));
    }
}
