package io.benchctl.runtime.orchestrator;

import io.benchctl.api.HostFacts;
import io.benchctl.api.WorkloadSkippedException;
import io.benchctl.api.format.UnitText;
import io.benchctl.api.report.Phase;
import io.benchctl.api.result.Conditions;
import io.benchctl.api.result.ErrorCode;
import io.benchctl.api.result.ErrorInfo;
import io.benchctl.api.result.MetricResult;
import io.benchctl.api.result.WarningInfo;
import io.benchctl.api.result.WorkloadResult;
import io.benchctl.api.result.WorkloadStatus;
import io.benchctl.runtime.affinity.ThreadPinner;
import io.benchctl.runtime.conditions.ConditionsMonitor;
import io.benchctl.runtime.conditions.ConditionsPolicy;
import io.benchctl.runtime.config.RunSettings;
import io.benchctl.runtime.jfr.WorkloadTrace;
import io.benchctl.runtime.platform.PlatformLayer;
import io.benchctl.runtime.platform.Platforms;
import io.benchctl.runtime.scratch.ScratchManager;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Runs one round of a workload's {@link Lifecycle} on a daemon platform thread and supervises it:
 * a step past its time limit is cancelled and interrupted, the workload failed with the step
 * named, and a thread that will not stop is abandoned so the run goes on. After the workload's
 * last round, {@link #result} turns what its rounds gathered into its one result.
 */
final class WorkloadExecutor {
    private static final Logger LOG = LoggerFactory.getLogger(WorkloadExecutor.class);
    private static final Duration POLL = Duration.ofMillis(20);
    /** Error codes that make a workload skipped rather than failed. */
    private static final Set<ErrorCode> SKIP_CODES = Set.of(ErrorCode.INTERRUPTED, ErrorCode.SKIPPED);

    private final RunSettings run;
    private final HostFacts host;
    private final RunCancellation runCancellation;
    private final ScratchManager scratch;
    private final ListenerFanout listeners;
    private final OutsideWrites outsideWrites;
    private final ConditionsPolicy conditions;

    /**
     * How a workload ended: what its result says besides ids and times.
     *
     * @param recorderWarnings what the recorder noticed about the values of a finished workload
     */
    private record Ending(
            WorkloadStatus status, ErrorInfo error, List<MetricResult> metrics, List<WarningInfo> recorderWarnings) {}

    WorkloadExecutor(
            RunSettings run,
            HostFacts host,
            RunCancellation runCancellation,
            ScratchManager scratch,
            ListenerFanout listeners,
            OutsideWrites outsideWrites,
            ConditionsPolicy conditions) {
        this.run = run;
        this.host = host;
        this.runCancellation = runCancellation;
        this.scratch = scratch;
        this.listeners = listeners;
        this.outsideWrites = outsideWrites;
        this.conditions = conditions;
    }

    /**
     * Runs one round of a workload: {@code planned} is a fresh instance of it for this round.
     * Warnings, pinning and any error go into {@code state}.
     */
    void round(WorkloadRun state, PlannedWorkload planned, Turn turn) {
        // Every log line about this workload carries its module and workload id (--log-json).
        try (var module = MDC.putCloseable("module", planned.moduleId());
                var workload = MDC.putCloseable("workload", planned.id())) {
            LOG.info(run.rounds() > 1 ? "starting round " + (turn.round() + 1) + " of " + run.rounds() : "starting");
            supervised(state, planned, turn);
        }
    }

    private void supervised(WorkloadRun state, PlannedWorkload planned, Turn turn) {
        String id = planned.id();
        RunCancellation cancellation = runCancellation.child();
        PlatformLayer platform = Platforms.current();
        ThreadPinner pinner = ThreadPinner.create(run.affinity(), platform.affinity());
        WorkloadWarnings warnings = new WorkloadWarnings(id, listeners);
        pinner.warning().ifPresent(message -> warnings.warn("affinity-unavailable", message));
        ConditionsMonitor monitor = state.monitor(conditions);
        WorkloadScratch view = new WorkloadScratch(scratch, outsideWrites, warnings);
        var services = new ExecutionContext.Services(cancellation, view, pinner, platform.forWorkload(warnings::warn));
        ExecutionContext context = new ExecutionContext(
                planned, host, run, services, listeners, warnings, new MeasuredWindow(monitor, pinner, view));
        Lifecycle lifecycle = new Lifecycle(
                planned.workload(),
                context,
                state,
                listeners,
                run,
                new IterationBudget(run, turn.last()),
                new WorkloadTrace(id, turn.round()));

        // Threads the workload starts inherit this group, so the ones it leaves behind are its own
        // even when other workloads run in parallel.
        ThreadGroup threads = new ThreadGroup("benchctl-" + id);
        Thread worker = Thread.ofPlatform()
                .group(threads)
                .daemon()
                .name("benchctl-" + id)
                .unstarted(lifecycle);
        OutsideWrites.Window window = outsideWrites.open();
        worker.start();
        ErrorInfo timeout = supervise(worker, lifecycle, cancellation);
        monitor.stop(); // a failure mid-iteration leaves the measured window open

        List<WarningInfo> found = new ArrayList<>(warnings.list());
        ThreadLeaks.leftRunning(threads, worker).ifPresent(found::add);
        outsideWrites.close(window).ifPresent(warning -> {
            LOG.warn("{}", warning.message());
            found.add(warning);
        });
        ErrorInfo error = timeout != null ? timeout : errorOf(lifecycle);
        if (error == null && runCancellation.isCancelled() && !lifecycle.iterationsFinished()) {
            error = new ErrorInfo(
                    ErrorCode.INTERRUPTED,
                    lifecycle.step().phase,
                    "interrupted by the user after " + state.iterations() + " of at least "
                            + run.iterations() * run.rounds() + " iterations");
        }
        state.roundEnded(turn.position(), pinner.pinnedCpus(), found, error);
    }

    /**
     * The workload's one result, after its last round or its first failed one. A workload whose
     * rounds recorded nothing fails.
     *
     * @param seed the seed of a random order, else null
     */
    WorkloadResult result(WorkloadRun state, Long seed) {
        // The condition warnings and the closing line are logged with the workload's ids too.
        try (var module = MDC.putCloseable("module", state.first.moduleId());
                var workload = MDC.putCloseable("workload", state.id())) {
            WorkloadResult result = assemble(state, seed);
            LOG.info(
                    "{}{}",
                    result.status().name().toLowerCase(),
                    result.error() == null ? "" : ": " + result.error().message());
            listeners.workloadFinished(result);
            return result;
        }
    }

    private WorkloadResult assemble(WorkloadRun state, Long seed) {
        Ending ending = ending(state);
        List<WarningInfo> found = new ArrayList<>(state.warnings());
        found.addAll(ending.recorderWarnings());
        Conditions watched = watched(state, found);
        listeners.phaseChanged(
                state.id(),
                switch (ending.status()) {
                    case OK -> Phase.DONE;
                    case FAILED -> Phase.FAILED;
                    case SKIPPED -> Phase.SKIPPED;
                });
        return new WorkloadResult(
                state.id(),
                state.first.moduleId(),
                state.first.workload().variant(),
                ending.status(),
                ending.error(),
                List.copyOf(found),
                ending.metrics(),
                state.pinnedCpus(),
                state.startedAt.toString(),
                Instant.now().toString(),
                null,
                state.measurement(run.warmupAuto(), run.order(), seed),
                watched);
    }

    /** Its conditions over every round, and their warnings; stops a monitor a failure left running. */
    private Conditions watched(WorkloadRun state, List<WarningInfo> found) {
        ConditionsMonitor monitor = state.monitor(conditions);
        monitor.stop();
        Conditions watched = monitor.conditions();
        WorkloadWarnings warnings = new WorkloadWarnings(state.id(), listeners);
        conditions
                .warnings(watched, state.first.resources(), state.first.moduleId())
                .forEach(w -> {
                    LOG.warn("{}: {}", w.code(), w.message());
                    warnings.warn(w.code(), w.message());
                });
        found.addAll(warnings.list());
        return watched;
    }

    /** The status, error and metrics of a workload whose rounds are done. */
    private static Ending ending(WorkloadRun state) {
        ErrorInfo error = state.error();
        if (error != null) {
            return new Ending(
                    SKIP_CODES.contains(error.code()) ? WorkloadStatus.SKIPPED : WorkloadStatus.FAILED,
                    error,
                    List.of(),
                    List.of());
        }
        List<MetricResult> metrics = state.recorder.results();
        List<WarningInfo> recorderWarnings = state.recorder.warnings();
        if (metrics.isEmpty()) {
            return new Ending(
                    WorkloadStatus.FAILED,
                    new ErrorInfo(
                            ErrorCode.NO_METRICS, Phase.RUNNING, "the workload finished without recording any value"),
                    List.of(),
                    recorderWarnings);
        }
        return new Ending(WorkloadStatus.OK, null, metrics, recorderWarnings);
    }

    /** Waits for the worker; returns the timeout error if a step passed its limit. */
    private ErrorInfo supervise(Thread worker, Lifecycle lifecycle, RunCancellation cancellation) {
        try {
            while (worker.isAlive()) {
                if (worker.join(POLL)) {
                    return null;
                }
                if (System.nanoTime() - lifecycle.deadlineNanos() > 0) {
                    Step step = lifecycle.step();
                    String limit = UnitText.exactDuration(step.limit(run).truncatedTo(ChronoUnit.MILLIS));
                    LOG.warn("the {} step passed its time limit of {}; cancelling it", step.label, limit);
                    cancellation.cancel();
                    worker.interrupt();
                    boolean stopped = worker.join(run.phaseTimeout());
                    String message = "the " + step.label + " step did not finish within " + limit
                            + (stopped ? "" : "; its thread did not stop and was abandoned");
                    return new ErrorInfo(ErrorCode.TIMEOUT, step.phase, message);
                }
            }
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancellation.cancel();
            worker.interrupt();
            return new ErrorInfo(ErrorCode.INTERRUPTED, lifecycle.step().phase, "the runtime was interrupted");
        }
    }

    private ErrorInfo errorOf(Lifecycle lifecycle) {
        Lifecycle.Failure failure = lifecycle.failure();
        if (failure == null) {
            return null;
        }
        Throwable cause = failure.cause();
        if (cause instanceof WorkloadSkippedException) {
            return new ErrorInfo(ErrorCode.SKIPPED, failure.step().phase, describe(cause));
        }
        if ((cause instanceof CancellationException || cause instanceof InterruptedException)
                && runCancellation.isCancelled()) {
            return new ErrorInfo(ErrorCode.INTERRUPTED, failure.step().phase, "interrupted by the user");
        }
        LOG.debug("workload failed in {}", failure.step().label, cause);
        return new ErrorInfo(ErrorCode.EXCEPTION, failure.step().phase, describe(cause));
    }

    /** The exception as a user reads it: its message, with the type where the message alone is unclear. */
    static String describe(Throwable cause) {
        String message = cause.getMessage();
        boolean plain = cause instanceof IllegalArgumentException
                || cause instanceof IllegalStateException
                || cause instanceof java.io.IOException
                || cause instanceof WorkloadSkippedException
                || cause.getClass().getSimpleName().endsWith("BenchmarkException");
        if (message == null || message.isBlank()) {
            return cause.getClass().getName();
        }
        return plain ? message : cause.getClass().getSimpleName() + ": " + message;
    }
}
