package io.benchctl.testkit.reporter;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.benchctl.api.report.Phase;
import io.benchctl.api.report.RunListener;
import io.benchctl.api.report.RunPlan;
import io.benchctl.api.result.MetricResult;
import io.benchctl.api.result.RunResult;
import io.benchctl.api.result.WarningInfo;
import io.benchctl.api.result.WorkloadResult;
import io.benchctl.api.result.WorkloadStatus;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apiguardian.api.API;

/** Plays a finished run back as the live events the runtime sends while it runs. */
@API(status = EXPERIMENTAL, since = "1.0")
public final class LiveFeed {

    private LiveFeed() {}

    /** Sends every event of {@code result} to {@code listener}, pausing {@code step} between them. */
    public static void replay(RunResult result, RunListener listener, Duration step) throws InterruptedException {
        var ids = result.tests().stream().map(WorkloadResult::id).toList();
        listener.runStarted(new RunPlan(result.runId(), result.name(), ids, Duration.ofSeconds(192), result.host()));
        for (WorkloadResult test : result.tests()) {
            replay(test, listener, step);
        }
        listener.runFinished(result);
    }

    private static void replay(WorkloadResult test, RunListener listener, Duration step) throws InterruptedException {
        String id = test.id();
        if (test.status() == WorkloadStatus.SKIPPED) {
            listener.phaseChanged(id, Phase.SKIPPED);
            listener.workloadFinished(test);
            return;
        }
        listener.phaseChanged(id, Phase.INIT);
        listener.phaseChanged(id, Phase.WARMUP);
        for (int i = 1; i <= 2; i++) {
            pause(step);
            listener.progress(id, Phase.WARMUP, i / 2.0, "warming up");
        }
        listener.phaseChanged(id, Phase.RUNNING);
        if (test.status() == WorkloadStatus.FAILED) {
            pause(step);
            listener.progress(id, Phase.RUNNING, 0.3, "iteration 1/5");
            listener.phaseChanged(id, Phase.FAILED);
            listener.workloadFinished(test);
            return;
        }
        int iterations = test.metrics().isEmpty()
                ? 0
                : test.metrics().getFirst().samples().size();
        for (int i = 0; i < iterations; i++) {
            pause(step);
            listener.progress(id, Phase.RUNNING, (i + 0.5) / iterations, "iteration " + (i + 1) + "/" + iterations);
            listener.iterationFinished(id, i, valuesOf(test, i));
            listener.progress(id, Phase.RUNNING, (i + 1.0) / iterations, "iteration " + (i + 1) + "/" + iterations);
        }
        for (WarningInfo warning : test.warnings()) {
            listener.warning(id, warning);
        }
        listener.phaseChanged(id, Phase.COOLDOWN);
        pause(step);
        listener.phaseChanged(id, Phase.DONE);
        listener.workloadFinished(test);
    }

    private static Map<String, Double> valuesOf(WorkloadResult test, int iteration) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (MetricResult metric : test.metrics()) {
            if (metric.thread() == null && iteration < metric.samples().size()) {
                values.put(metric.name(), metric.samples().get(iteration));
            }
        }
        return values;
    }

    private static void pause(Duration step) throws InterruptedException {
        if (!step.isZero()) {
            Thread.sleep(step);
        }
    }
}
