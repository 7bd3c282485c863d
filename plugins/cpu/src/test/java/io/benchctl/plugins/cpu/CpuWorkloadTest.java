package io.benchctl.plugins.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.benchctl.api.HostFacts;
import io.benchctl.api.Workload;
import io.benchctl.api.result.MetricResult;
import io.benchctl.kit.testing.MapSettings;
import io.benchctl.kit.testing.TestWorkloadContext;
import io.benchctl.runtime.affinity.ThreadPinner;
import io.benchctl.runtime.measure.WorkloadRecorder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drives every cpu workload through its whole lifecycle on two pinned threads. */
class CpuWorkloadTest {

    private static final HostFacts HOST = new HostFacts("linux", 2, 2, 48 << 10, 2 << 20, 32 << 20, 8L << 30);

    @TempDir
    Path scratch;

    @Test
    void everyKernelReportsPerThreadAndAggregateRatesOnPinnedThreads() throws Exception {
        CpuModule module = new CpuModule();
        MapSettings settings = MapSettings.merged(module.defaults(HOST), Map.of("threads", 2L, "max_prime", 2000L));
        List<Workload> workloads = module.plan(settings, HOST);
        assertEquals(
                List.of("int/t2", "float/t2", "hash/t2", "primes/t2"),
                workloads.stream().map(Workload::variant).toList());

        for (Workload workload : workloads) {
            ThreadPinner pinner = ThreadPinner.create(true);
            WorkloadRecorder recorder = new WorkloadRecorder("cpu/" + workload.variant());
            TestWorkloadContext context = new TestWorkloadContext(
                    "cpu/" + workload.variant(),
                    settings,
                    HOST,
                    Duration.ofMillis(30),
                    Duration.ofMillis(60),
                    2,
                    pinner,
                    scratch);
            context.drive(workload, recorder, recorder::startIteration, i -> recorder.finishIteration());

            List<MetricResult> metrics = recorder.results();
            assertEquals(3, metrics.size(), workload.variant());
            MetricResult aggregate = metrics.getFirst();
            assertEquals("ops_per_second", aggregate.name());
            assertEquals(null, aggregate.thread());
            assertEquals(2, aggregate.samples().size());
            double perThreadSum = metrics.get(1).value() + metrics.get(2).value();
            assertTrue(
                    aggregate.value() > 0 && aggregate.value() <= perThreadSum * 1.001,
                    workload.variant() + ": aggregate " + aggregate.value() + " vs threads " + perThreadSum);
            if (pinner.warning().isEmpty() && pinner.allowedCpus().size() >= 2) {
                List<Integer> cpus = pinner.pinnedCpus();
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
