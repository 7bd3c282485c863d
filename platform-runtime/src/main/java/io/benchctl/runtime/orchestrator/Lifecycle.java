package io.benchctl.runtime.orchestrator;

import io.benchctl.api.Recorder;
import io.benchctl.api.Workload;
import io.benchctl.api.report.Phase;
import io.benchctl.runtime.config.RunSettings;
import io.benchctl.runtime.measure.WorkloadRecorder;
import java.util.Map;
import org.slf4j.MDC;

/**
 * Drives one workload through init → warmup → run(iteration)… → cooldown → close on its own
 * thread, publishing the current step and its deadline for the supervisor in
 * {@link WorkloadExecutor}. close() runs whenever init was called.
 */
final class Lifecycle implements Runnable {

    record Failure(Step step, Throwable cause) {}

    private final Workload workload;
    private final ExecutionContext context;
    private final WorkloadRecorder recorder;
    private final ListenerFanout listeners;
    private final RunSettings run;

    private volatile Step step = Step.INIT;
    private volatile long deadlineNanos = Long.MAX_VALUE;
    private volatile Failure failure;
    private volatile int iterationsDone;

    Lifecycle(
            Workload workload,
            ExecutionContext context,
            WorkloadRecorder recorder,
            ListenerFanout listeners,
            RunSettings run) {
        this.workload = workload;
        this.context = context;
        this.recorder = recorder;
        this.listeners = listeners;
        this.run = run;
    }

    @Override
    public void run() {
        MDC.put("module", context.workloadId().substring(0, context.workloadId().indexOf('/')));
        MDC.put("workload", context.workloadId());
        boolean initCalled = false;
        try {
            begin(Step.INIT, Phase.INIT, Recorder.DISCARD);
            initCalled = true;
            workload.init(context);

            begin(Step.WARMUP, Phase.WARMUP, Recorder.DISCARD);
            workload.warmup(context);

            for (int i = 0; i < run.iterations() && !context.cancellation().isCancelled(); i++) {
                begin(Step.RUN, Phase.RUNNING, recorder);
                recorder.startIteration(i);
                workload.runIteration(context, i);
                Map<String, Double> values = recorder.finishIteration();
                iterationsDone = i + 1;
                listeners.iterationFinished(context.workloadId(), i, values);
                listeners.progress(context.workloadId(), Phase.RUNNING, (i + 1) / (double) run.iterations(), "");
            }

            begin(Step.COOLDOWN, Phase.COOLDOWN, Recorder.DISCARD);
            workload.cooldown(context);
        } catch (Throwable e) {
            fail(e);
        } finally {
            if (initCalled) {
                begin(Step.CLOSE, context.phase(), Recorder.DISCARD);
                try {
                    workload.close();
                } catch (Throwable e) {
                    fail(e);
                }
            }
            MDC.clear();
        }
    }

    private void begin(Step next, Phase phase, Recorder nextRecorder) {
        step = next;
        deadlineNanos = System.nanoTime() + next.limit(run).toNanos();
        context.enter(phase, nextRecorder);
    }

    private void fail(Throwable e) {
        if (failure == null) {
            failure = new Failure(step, e);
        }
    }

    Step step() {
        return step;
    }

    long deadlineNanos() {
        return deadlineNanos;
    }

    Failure failure() {
        return failure;
    }

    int iterationsDone() {
        return iterationsDone;
    }
}
