package io.benchctl.runtime.orchestrator;

import io.benchctl.api.HostFacts;
import io.benchctl.api.ScratchSpace;
import io.benchctl.api.WorkloadSkippedException;
import io.benchctl.api.format.UnitText;
import io.benchctl.api.report.Phase;
import io.benchctl.api.result.ErrorCode;
import io.benchctl.api.result.ErrorInfo;
import io.benchctl.api.result.MetricResult;
import io.benchctl.api.result.WarningInfo;
import io.benchctl.api.result.WorkloadResult;
import io.benchctl.api.result.WorkloadStatus;
import io.benchctl.runtime.affinity.ThreadPinner;
import io.benchctl.runtime.config.RunSettings;
import io.benchctl.runtime.measure.WorkloadRecorder;
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
 * Runs one workload's {@link Lifecycle} on a daemon platform thread and supervises it: a step
 * past its time limit is cancelled and interrupted, the workload failed with the step named, and
 * a thread that will not stop is abandoned so the run goes on.
 */
final class WorkloadExecutor {
    private static final Logger LOG = LoggerFactory.getLogger(WorkloadExecutor.class);
    private static final Duration POLL = Duration.ofMillis(20);
    private static final Duration THREAD_EXIT_GRACE = Duration.ofMillis(250);
    /** Error codes that make a workload skipped rather than failed. */
    private static final Set<ErrorCode> SKIP_CODES = Set.of(ErrorCode.INTERRUPTED, ErrorCode.SKIPPED);

    private final RunSettings run;
    private final HostFacts host;
    private final RunCancellation runCancellation;
    private final ScratchManager scratch;
    private final ListenerFanout listeners;
    private final OutsideWrites outsideWrites;

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
            OutsideWrites outsideWrites) {
        this.run = run;
        this.host = host;
        this.runCancellation = runCancellation;
        this.scratch = scratch;
        this.listeners = listeners;
        this.outsideWrites = outsideWrites;
    }

    WorkloadResult execute(PlannedWorkload planned) {
        String id = planned.id();
        // Every log line about this workload carries its module and workload id (--log-json).
        try (var module = MDC.putCloseable("module", planned.moduleId());
                var workload = MDC.putCloseable("workload", id)) {
            LOG.info("starting");
            WorkloadResult result = supervised(planned);
            LOG.info(
                    "{}{}",
                    result.status().name().toLowerCase(),
                    result.error() == null ? "" : ": " + result.error().message());
            return result;
        }
    }

    private WorkloadResult supervised(PlannedWorkload planned) {
        String id = planned.id();
        Instant startedAt = Instant.now();
        RunCancellation cancellation = runCancellation.child();
        PlatformLayer platform = Platforms.current();
        ThreadPinner pinner = ThreadPinner.create(run.affinity(), platform.affinity());
        WorkloadWarnings warnings = new WorkloadWarnings(id, listeners);
        pinner.warning().ifPresent(message -> warnings.warn("affinity-unavailable", message));
        ScratchSpace workloadScratch = new WorkloadScratch(scratch, outsideWrites, warnings);
        var services = new ExecutionContext.Services(
                cancellation, workloadScratch, pinner, platform.forWorkload(warnings::warn));
        ExecutionContext context = new ExecutionContext(planned, host, run, services, listeners, warnings);
        WorkloadRecorder recorder = new WorkloadRecorder(id);
        Lifecycle lifecycle = new Lifecycle(planned.workload(), context, recorder, listeners, run);

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

        List<WarningInfo> found = new ArrayList<>(warnings.list());
        leftRunning(threads, worker).ifPresent(found::add);
        outsideWrites.close(window).ifPresent(warning -> {
            LOG.warn("{}", warning.message());
            found.add(warning);
        });
        Ending ending = ending(timeout != null ? timeout : errorOf(lifecycle), lifecycle, recorder);
        found.addAll(ending.recorderWarnings());
        listeners.phaseChanged(
                id,
                switch (ending.status()) {
                    case OK -> Phase.DONE;
                    case FAILED -> Phase.FAILED;
                    case SKIPPED -> Phase.SKIPPED;
                });
        WorkloadResult result = new WorkloadResult(
                id,
                planned.moduleId(),
                planned.workload().variant(),
                ending.status(),
                ending.error(),
                List.copyOf(found),
                ending.metrics(),
                pinner.pinnedCpus(),
                startedAt.toString(),
                Instant.now().toString());
        listeners.workloadFinished(result);
        return result;
    }

    /**
     * The status, error and metrics of a workload whose thread is done. An interrupted run makes a
     * workload that had not finished its iterations skipped; one that recorded nothing fails.
     */
    private Ending ending(ErrorInfo error, Lifecycle lifecycle, WorkloadRecorder recorder) {
        if (error == null && runCancellation.isCancelled() && lifecycle.iterationsDone() < run.iterations()) {
            error = new ErrorInfo(
                    ErrorCode.INTERRUPTED,
                    lifecycle.step().phase,
                    "interrupted by the user after " + lifecycle.iterationsDone() + " of " + run.iterations()
                            + " iterations");
        }
        if (error != null) {
            return new Ending(
                    SKIP_CODES.contains(error.code()) ? WorkloadStatus.SKIPPED : WorkloadStatus.FAILED,
                    error,
                    List.of(),
                    List.of());
        }
        List<MetricResult> metrics = recorder.results();
        List<WarningInfo> recorderWarnings = recorder.warnings();
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

    /**
     * A warning naming the threads a workload left running after close(), if any. Threads get
     * {@link #THREAD_EXIT_GRACE} to end first: a helper thread that stops on its next tick (the
     * network peer's watchdog polls every 20 ms) is not a leak.
     */
    private static java.util.Optional<WarningInfo> leftRunning(ThreadGroup group, Thread worker) {
        Thread[] found = new Thread[group.activeCount() + 16];
        List<Thread> survivors = java.util.Arrays.stream(found, 0, group.enumerate(found))
                .filter(thread -> thread != worker && thread.isAlive())
                .toList();
        long deadlineNanos = System.nanoTime() + THREAD_EXIT_GRACE.toNanos();
        try {
            for (Thread thread : survivors) {
                long remainingNanos = deadlineNanos - System.nanoTime();
                if (remainingNanos > 0) {
                    thread.join(Duration.ofNanos(remainingNanos));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<String> names = survivors.stream()
                .filter(Thread::isAlive)
                .map(Thread::getName)
                .sorted()
                .toList();
        if (names.isEmpty()) {
            return java.util.Optional.empty();
        }
        LOG.warn("left {} thread(s) running after close: {}", names.size(), names);
        return java.util.Optional.of(new WarningInfo(
                "thread-leak",
                "the workload left " + names.size() + " thread(s) running after close: " + String.join(", ", names)));
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
