package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.benchctl.api.report.Phase;
import io.benchctl.api.result.MetricResult;
import io.benchctl.api.result.WorkloadStatus;
import io.benchctl.testkit.ModuleRun;
import io.benchctl.testkit.ModuleTestKit;
import io.benchctl.testkit.RecordingRecorder;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs the module, or one of its workloads, through benchctl's real runtime with the test kit:
 * settings validated against config.schema.json, the full lifecycle, statistics, in well under a
 * second.
 */
class SampleModuleTest {

    @Test
    void measuresEveryBufferSize() {
        ModuleRun run = ModuleTestKit.forModule(new SampleModule())
                .set("buffer_sizes", List.of("4KiB", "64KiB"))
                .run();

        assertEquals(0, run.exitCode(), () -> run.tests().toString());
        assertEquals(WorkloadStatus.OK, run.test("sha-256/4KiB").status());
        MetricResult throughput = run.metric("sha-256/64KiB", "throughput");
        assertEquals(3, throughput.samples().size(), "one value per measured iteration");
        assertTrue(throughput.value() > 0);
        assertEquals(List.of(Phase.INIT, Phase.WARMUP, Phase.RUNNING, Phase.COOLDOWN, Phase.DONE), run.phases("sha-256/4KiB"));
    }

    @Test
    void rejectsAMisspeltSetting() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> ModuleTestKit.forModule(new SampleModule()).set("buffer_size", List.of("4KiB")).run());
        assertTrue(error.getMessage().contains("buffer_size"), error.getMessage());
    }

    @Test
    void rejectsABufferLargerThanAnArray() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> ModuleTestKit.forModule(new SampleModule()).set("buffer_sizes", List.of("3GiB")).run());
        assertTrue(error.getMessage().contains("larger than one Java array"), error.getMessage());
    }

    @Test
    void oneWorkloadOnItsOwnRecordsADigestLatencyPerDigest() {
        RecordingRecorder observed = new RecordingRecorder();
        ModuleRun run = ModuleTestKit.forWorkload("${moduleId}", new SampleWorkload("SHA-256", "4KiB", 4096))
                .observe(observed)
                .run();

        assertEquals(WorkloadStatus.OK, run.test("sha-256/4KiB").status());
        assertEquals(3, observed.values(SampleWorkload.THROUGHPUT).size(), "one value per measured iteration");
        assertTrue(observed.latencyCount(SampleWorkload.DIGEST_LATENCY) > 0);
        assertTrue(observed.latencyQuantile(SampleWorkload.DIGEST_LATENCY, 0) > 0);
    }
}
