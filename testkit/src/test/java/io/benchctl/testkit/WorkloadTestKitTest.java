package io.benchctl.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.benchctl.api.Better;
import io.benchctl.api.Metric;
import io.benchctl.api.Workload;
import io.benchctl.api.WorkloadContext;
import io.benchctl.api.report.Phase;
import io.benchctl.api.result.ErrorCode;
import io.benchctl.api.result.MetricResult;
import io.benchctl.api.result.WorkloadResult;
import io.benchctl.api.result.WorkloadStatus;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** One workload on its own, through the runtime's driver, with an observer beside its recorder. */
class WorkloadTestKitTest {
    private static final Metric STEPS = Metric.of("steps_per_iteration", "steps", Better.HIGHER);
    private static final Metric STEP_LATENCY = Metric.of("step_latency", "ns", Better.LOWER);

    /** Records a growing step count per iteration and one latency per step; counts warmup calls too. */
    private static final class Steps implements Workload {
        final AtomicLong calls = new AtomicLong();
        long bytes;

        @Override
        public String variant() {
            return "steps";
        }

        @Override
        public void init(WorkloadContext context) {
            bytes = context.settings().getBytes("size");
        }

        @Override
        public void runIteration(WorkloadContext context, int iteration) {
            long call = calls.incrementAndGet();
            context.recorder().recordValue(STEPS, call);
            context.recorder().recordLatencyNanos(STEP_LATENCY, 100 * call, 2);
        }
    }

    @Test
    void theWorkloadRunsTheRuntimesLifecycleAndTheObserverSeesOnlyMeasuredValues() {
        Steps workload = new Steps();
        RecordingRecorder observed = new RecordingRecorder();
        ModuleRun run = ModuleTestKit.forWorkload("demo", workload)
                .set("size", "1TB")
                .warmup(Duration.ofMillis(20))
                .iterations(3)
                .observe(observed)
                .run();

        WorkloadResult result = run.test("steps");
        assertEquals(WorkloadStatus.OK, result.status());
        assertEquals("demo/steps", result.id());
        assertEquals(1_000_000_000_000L, workload.bytes, "sizes are read with the runtime's grammar");
        assertTrue(run.thrown("steps").isEmpty());
        assertEquals(List.of(Phase.INIT, Phase.WARMUP, Phase.RUNNING, Phase.COOLDOWN, Phase.DONE), run.phases("steps"));
        // Warmup called runIteration too, into the runtime's discarding recorder: the observer
        // holds exactly the three measured iterations, which are the result's samples.
        List<Double> values = observed.values(STEPS);
        assertEquals(3, values.size());
        assertTrue(workload.calls.get() > 3, "warmup ran iterations: " + workload.calls.get());
        MetricResult steps = run.metric("steps", "steps_per_iteration");
        assertEquals(values, steps.samples());
        assertEquals(6, observed.latencyCount(STEP_LATENCY));
        assertEquals(100 * values.getLast().longValue(), observed.latencyQuantile(STEP_LATENCY, 1));
    }

    @Test
    void aSizeOutsideTheRuntimesGrammarFailsTheWorkloadWithTheReason() {
        ModuleRun run = ModuleTestKit.forWorkload("demo", new Steps())
                .set("size", "4kib")
                .run();

        WorkloadResult result = run.test("steps");
        assertEquals(WorkloadStatus.FAILED, result.status());
        assertEquals(Phase.INIT, result.error().phase());
        assertTrue(result.error().message().contains("4kib"), result.error().message());
        assertEquals(1, run.exitCode());
        Throwable thrown = run.thrown("steps").orElseThrow();
        assertInstanceOf(IllegalArgumentException.class, thrown);
        assertEquals(thrown.getMessage(), result.error().message());
    }

    @Test
    void aHungWorkloadIsFailedByTheRuntimesTimeLimit() {
        Workload hangs = new Workload() {
            @Override
            public String variant() {
                return "hangs";
            }

            @Override
            public void runIteration(WorkloadContext context, int iteration) throws InterruptedException {
                Thread.sleep(Duration.ofMinutes(1));
            }
        };
        ModuleRun run = ModuleTestKit.forWorkload("demo", hangs)
                .warmup(Duration.ZERO)
                .iterationDuration(Duration.ofMillis(20))
                .phaseTimeout(Duration.ofMillis(200))
                .run();

        WorkloadResult result = run.test("hangs");
        assertEquals(WorkloadStatus.FAILED, result.status());
        assertEquals(ErrorCode.TIMEOUT, result.error().code());
    }

    @Test
    void settingsOfTheRuntimesGrammarReadForDirectPlanCalls() {
        var settings = TestSettings.merged(Map.of("size", "4KiB", "threads", 1L), Map.of("threads", 2L));
        assertEquals(4096, settings.getBytes("size"));
        assertEquals(2, settings.getLong("threads"));
        assertEquals(1L << 40, TestSettings.of(Map.of("size", "1TiB")).getBytes("size"));
        assertThrows(
                IllegalArgumentException.class,
                () -> TestSettings.of(Map.of("size", "4kib")).getBytes("size"));
    }
}
