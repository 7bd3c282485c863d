package io.benchctl.plugins.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.benchctl.api.HostFacts;
import io.benchctl.api.Settings;
import io.benchctl.api.Workload;
import io.benchctl.api.result.MetricResult;
import io.benchctl.api.result.WorkloadResult;
import io.benchctl.api.result.WorkloadStatus;
import io.benchctl.testkit.ModuleRun;
import io.benchctl.testkit.ModuleTestKit;
import io.benchctl.testkit.TestSettings;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MemoryWorkloadTest {

    private static final HostFacts HOST = new HostFacts("linux", 2, 2, 48 << 10, 2 << 20, 480L << 20, 24L << 30);

    @Test
    void defaultsComeFromTheCacheSizes() {
        Map<String, Object> defaults = new MemoryModule().defaults(HOST);
        assertEquals(List.of("24KiB", "1MiB", "240MiB", "1920MiB"), defaults.get("buffer_sizes"));
        assertEquals(List.of("copy", "scale", "add", "triad"), defaults.get("kernels"));
        assertEquals(List.of(1L), defaults.get("strides"));
        assertEquals(1L, defaults.get("threads"));
    }

    @Test
    void planNamesEveryCombination() {
        Settings settings = TestSettings.of(Map.of(
                "kernels",
                List.of("copy", "triad"),
                "buffer_sizes",
                List.of("96KiB", "1MiB"),
                "strides",
                List.of(1L, 8L),
                "threads",
                2L));
        List<String> variants = new MemoryModule()
                .plan(settings, HOST).stream().map(Workload::variant).toList();
        assertEquals(
                List.of(
                        "copy/96KiB/stride1/t2",
                        "triad/96KiB/stride1/t2",
                        "copy/96KiB/stride8/t2",
                        "triad/96KiB/stride8/t2",
                        "copy/1MiB/stride1/t2",
                        "triad/1MiB/stride1/t2",
                        "copy/1MiB/stride8/t2",
                        "triad/1MiB/stride8/t2"),
                variants);
    }

    @Test
    void unusableBufferSizesAreRejectedWithTheReason() {
        Settings tiny = TestSettings.of(Map.of(
                "kernels", List.of("copy"), "buffer_sizes", List.of("1KiB"), "strides", List.of(16L), "threads", 2L));
        IllegalArgumentException small =
                assertThrows(IllegalArgumentException.class, () -> new MemoryModule().plan(tiny, HOST));
        assertTrue(small.getMessage().contains("too small for 2 threads at stride 16"), small.getMessage());

        Settings huge = TestSettings.of(Map.of(
                "kernels", List.of("copy"), "buffer_sizes", List.of("64GiB"), "strides", List.of(1L), "threads", 1L));
        IllegalArgumentException large =
                assertThrows(IllegalArgumentException.class, () -> new MemoryModule().plan(huge, HOST));
        assertTrue(large.getMessage().contains("64GiB"), large.getMessage());
    }

    @Test
    void twoThreadTriadRecordsMeanBestPassAndPerThreadBandwidth() {
        MemoryWorkload workload = new MemoryWorkload(StreamKernel.TRIAD, 3L << 20, 1, 2);
        ModuleRun run = ModuleTestKit.forWorkload("memory", workload)
                .host(HOST)
                .warmup(Duration.ofMillis(20))
                .iterationDuration(Duration.ofMillis(50))
                .iterations(3)
                .affinity(true)
                .run();

        WorkloadResult result = run.test(workload.variant());
        assertEquals(WorkloadStatus.OK, result.status(), () -> String.valueOf(result.error()));
        List<MetricResult> metrics = result.metrics();
        assertEquals(
                List.of("bandwidth", "bandwidth", "bandwidth", "bandwidth_best_pass"),
                metrics.stream().map(MetricResult::name).toList());
        MetricResult mean = metrics.getFirst();
        MetricResult bestPass = metrics.get(3);
        assertEquals("MB/s", mean.unit());
        assertEquals(3, mean.samples().size());
        assertTrue(mean.value() > 100, "a triad over 3 MiB runs at more than 100 MB/s: " + mean.value());
        assertTrue(bestPass.value() >= mean.value() * 0.999, bestPass.value() + " vs " + mean.value());
        assertEquals(0, metrics.get(1).thread());
        assertEquals(1, metrics.get(2).thread());
    }

    @Test
    void validationCountsEveryWrongElement() {
        long elements = 1024;
        try (StreamArrays arrays = new HeapStreamArrays(StreamKernel.ADD, elements, 7)) {
            arrays.fill(0, elements);
            arrays.run(0, elements / 2, 1, 1);
            // The second half of c was never written: each of its elements differs from a + b.
            assertEquals(elements / 2, arrays.countErrors(0, elements, 1));
            arrays.run(elements / 2, elements, 1, 1);
            assertEquals(0, arrays.countErrors(0, elements, 1));
            arrays.set(StreamArrays.A, 5, 0.5);
            assertEquals(1, arrays.countErrors(0, elements, 1));
        }
    }
}
