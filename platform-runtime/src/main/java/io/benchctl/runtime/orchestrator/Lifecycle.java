package io.benchctl.runtime.orchestrator;

import io.benchctl.api.Recorder;
import io.benchctl.api.Workload;
import io.benchctl.api.report.Phase;
import io.benchctl.api.result.StopReason;
import io.benchctl.runtime.config.RunSettings;
import io.benchctl.runtime.jfr.WorkloadTrace;
import java.util.Map;
import java.util.Optional;
import org.slf4j.MDC;

/**
 * Drives one round of one workload through init → warmup → run(iteration)… → cooldown → close on
 * its own thread, publishing the current step and its deadline for the supervisor in
 * {@link WorkloadExecutor}. close() runs whenever init was called. The warm-up is the workload's
 * own for a fixed time, or {@link AutoWarmup}'s; the {@link IterationBudget} says when the
 * iterations stop. Every step and iteration is also a flight-recorder event ({@link WorkloadTrace}).
 */
final class Lifecycle implements Runnable {

    record Failure(Step step, Throwable cause) {}

    private final Workload workload;
    private final ExecutionContext context;
    private final WorkloadRun state;
    private final ListenerFanout listeners;
    private final RunSettings run;
    private final IterationBudget budget;
    private final WorkloadTrace trace;

    private volatile Step step = Step.INIT;
    private volatile long deadlineNanos = Long.MAX_VALUE;
    private volatile Failure failure;
    private volatile boolean iterationsFinished;

    Lifecycle(
            Workload workload,
            ExecutionContext context,
            WorkloadRun state,
            ListenerFanout listeners,
            RunSettings run,
            IterationBudget budget,
            WorkloadTrace trace) {
        this.workload = workload;
        this.context = context;
        this.state = state;
        this.listeners = listeners;
        this.run = run;
        this.budget = budget;
        this.trace = trace;
    }

    @Override
    public void run() {
        MDC.put("module", context.workloadId().substring(0, context.workloadId().indexOf('/')));
        MDC.put("workload", context.workloadId());
        context.spansTo(trace);
        boolean initCalled = false;
        try {
            begin(Step.INIT, Phase.INIT, Recorder.DISCARD);
            initCalled = true;
            workload.init(context);

            begin(Step.WARMUP, Phase.WARMUP, Recorder.DISCARD);
            warmup();

            iterate();

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
            trace.endPhase();
            MDC.clear();
        }
    }

    private void warmup() throws Exception {
        long startNanos = System.nanoTime();
        if (run.warmupAuto()) {
            AutoWarmup.Outcome outcome = AutoWarmup.run(workload, context, run, trace);
            state.warmedUp(outcome.iterations(), outcome.elapsedNanos(), outcome.steady());
            if (!outcome.steady() && !context.cancellation().isCancelled()) {
                context.warn(
                        "no-steady-state",
                        String.format(
                                "the headline metric was still trending after the warm-up cap of %s (%d warm-up "
                                        + "iterations, MSER-5): its first iterations may be part of the warm-up; "
                                        + "raise run.warmup_max",
                                io.benchctl.api.format.UnitText.exactDuration(run.warmupMax()), outcome.iterations()));
            }
        } else {
            workload.warmup(context);
            state.warmedUp(0, System.nanoTime() - startNanos, null);
        }
    }

    private void iterate() throws Exception {
        for (int done = 0; !context.cancellation().isCancelled(); done++) {
            Optional<StopReason> stop = budget.stopBefore(done, state);
            if (stop.isPresent()) {
                state.stopped(stop.get());
                iterationsFinished = true;
                return;
            }
            begin(Step.RUN, Phase.RUNNING, state.recorder);
            int index = state.iterations();
            trace.iterationStarted();
            long startNanos = System.nanoTime();
            state.recorder.startIteration(index);
            workload.runIteration(context, index);
            Map<String, Double> values = state.recorder.finishIteration();
            state.iterationDone(System.nanoTime() - startNanos);
            trace.iterationFinished(index, false, AutoWarmup.headlineOf(values), values);
            listeners.iterationFinished(context.workloadId(), index, values);
            listeners.progress(
                    context.workloadId(), Phase.RUNNING, Math.min(1.0, (done + 1) / (double) run.iterations()), "");
        }
    }

    private void begin(Step next, Phase phase, Recorder nextRecorder) {
        step = next;
        deadlineNanos = System.nanoTime() + next.limit(run).toNanos();
        trace.phase(next.label);
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

    /** Whether the round ran all the iterations its budget asked for. */
    boolean iterationsFinished() {
        return iterationsFinished;
    }
}
