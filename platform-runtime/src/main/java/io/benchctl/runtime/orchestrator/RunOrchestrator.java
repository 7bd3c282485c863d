package io.benchctl.runtime.orchestrator;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.benchctl.api.report.Phase;
import io.benchctl.api.report.RunPlan;
import io.benchctl.api.result.ErrorCode;
import io.benchctl.api.result.ErrorInfo;
import io.benchctl.api.result.NetworkPair;
import io.benchctl.api.result.RunResult;
import io.benchctl.api.result.RunStatus;
import io.benchctl.api.result.WorkloadResult;
import io.benchctl.api.result.WorkloadStatus;
import io.benchctl.runtime.conditions.ConditionsPolicy;
import io.benchctl.runtime.config.RunSettings;
import io.benchctl.runtime.scratch.ScratchManager;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a validated profile in two steps: {@link #plan()} expands the modules into an immutable
 * {@link WorkloadPlan}; {@link #execute(WorkloadPlan)} schedules it, journals each workload as it
 * ends, and hands the one result to every reporter.
 *
 * <pre>{@code
 * RunOrchestrator orchestrator = new RunOrchestrator(request, cancellation);
 * WorkloadPlan plan = orchestrator.plan();
 * RunOrchestrator.Outcome outcome = orchestrator.execute(plan);
 * return outcome.exitCode();
 * }</pre>
 */
@API(status = INTERNAL, since = "1.0")
public final class RunOrchestrator {
    private static final Logger LOG = LoggerFactory.getLogger(RunOrchestrator.class);
    /** The module whose workloads a pair run labels with both ends. */
    private static final String NETWORK_MODULE = "network";

    /**
     * The finished run.
     *
     * @param reportFailures one message per reporter that could not write its output; the caller
     *     then prints the result on stdout so that it is not lost
     */
    public record Outcome(RunResult result, List<String> reportFailures) {
        public Outcome {
            reportFailures = List.copyOf(reportFailures);
        }

        /** The run status's exit code; a run that was ok but lost a reporter's output is failed (1). */
        public int exitCode() {
            RunStatus status =
                    result.status() == RunStatus.OK && !reportFailures.isEmpty() ? RunStatus.FAILED : result.status();
            return status.exitCode();
        }
    }

    private final RunRequest request;
    private final RunCancellation cancellation;

    public RunOrchestrator(RunRequest request, RunCancellation cancellation) {
        this.request = request;
        this.cancellation = cancellation;
    }

    /**
     * Expands every module's settings into workloads. A module that throws anything but an
     * IllegalArgumentException, or plans a variant twice, becomes a failure in the plan.
     *
     * @throws PlanException when a module rejects its settings (IllegalArgumentException)
     */
    public WorkloadPlan plan() throws PlanException {
        return Planner.plan(request);
    }

    /** Runs the plan (or, for a dry run, nothing) and writes the results. */
    public Outcome execute(WorkloadPlan plan) {
        RunSettings run = request.profile().run();
        Instant startedAt = Instant.now();
        OutputFolder output = new OutputFolder(
                request.outputDirectory(), request.console(), request.quiet(), request.interactiveAllowed());
        ListenerFanout listeners = ListenerFanout.start(request.reporters(), output);
        Map<String, Object> host = request.host().join();
        Journal journal = new Journal(request.journalFile());
        journal.runStarted(header(startedAt, host));

        List<PlannedWorkload> toRun = request.dryRun() ? List.of() : plan.workloads();
        listeners.runStarted(new RunPlan(
                request.runId(),
                run.name(),
                toRun.stream().map(PlannedWorkload::id).toList(),
                estimate(run, toRun.size()),
                host));
        List<WorkloadResult> tests = request.dryRun() ? List.of() : runAll(plan, listeners, journal);

        RunStatus status = cancellation.isCancelled()
                ? RunStatus.INTERRUPTED
                : tests.stream().anyMatch(t -> t.status() == WorkloadStatus.FAILED) ? RunStatus.FAILED : RunStatus.OK;
        RunResult result = new RunResult(
                RunResult.SCHEMA_VERSION,
                request.runId(),
                run.name(),
                status,
                startedAt.toString(),
                Instant.now().toString(),
                request.benchctl(),
                request.hostId(),
                host,
                request.profile().tree(),
                tests);
        if (request.comparator() != null && !request.dryRun() && status != RunStatus.INTERRUPTED) {
            result = result.withComparison(request.comparator().compare(result));
        }
        journal.runEnded(status, result.finishedAt(), result.comparison());
        listeners.runFinished(result);
        return new Outcome(result, new ReportWriter(request.reporters(), output).write(result));
    }

    /**
     * Journals the plan's failures, then runs its workloads on the schedule, journaling each as it
     * ends; what the cancellation stops before it starts is journaled as skipped.
     *
     * @return the plan's failures, then one result per workload in plan order
     */
    private List<WorkloadResult> runAll(WorkloadPlan plan, ListenerFanout listeners, Journal journal) {
        RunSettings run = request.profile().run();
        List<WorkloadResult> tests = new ArrayList<>();
        plan.failures().forEach(failure -> tests.add(journaled(journal, failure)));
        ScratchManager scratch =
                new ScratchManager(request.runId(), (code, message) -> LOG.warn("{}: {}", code, message));
        try (ScratchShutdownHook released = ScratchShutdownHook.install(scratch)) {
            OutsideWrites outsideWrites = new OutsideWrites(Path.of("").toAbsolutePath(), request.outputDirectory());
            WorkloadExecutor executor = new WorkloadExecutor(
                    run,
                    request.facts(),
                    cancellation,
                    scratch,
                    listeners,
                    outsideWrites,
                    ConditionsPolicy.of(request.profile().tree().get("conditions")));
            RoundRunner rounds = new RoundRunner(
                    run, executor, cancellation, result -> journaled(journal, result), RunOrchestrator::skipped);
            tests.addAll(rounds.run(plan.workloads(), lanes(run)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancellation.cancel();
        }
        return List.copyOf(tests);
    }

    /**
     * Journals a workload's result as it ends, a network workload of a pair run labelled with
     * both ends first (adr/0019), so a result rebuilt from the journal has the label too.
     */
    private WorkloadResult journaled(Journal journal, WorkloadResult result) {
        WorkloadResult labelled = request.peerHostId() != null && NETWORK_MODULE.equals(result.module())
                ? result.withPair(new NetworkPair(request.hostId(), request.peerHostId()))
                : result;
        journal.workloadFinished(labelled);
        return labelled;
    }

    private Map<String, Object> header(Instant startedAt, Map<String, Object> host) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("schemaVersion", RunResult.SCHEMA_VERSION);
        header.put("runId", request.runId());
        header.put("name", request.profile().run().name());
        header.put("startedAt", startedAt.toString());
        header.put("benchctl", request.benchctl());
        if (request.hostId() != null) {
            header.put("hostId", request.hostId());
        }
        header.put("host", host);
        header.put("profile", request.profile().tree());
        return header;
    }

    /** How many workloads may run at once: {@code max_parallel} on a parallel schedule, else one. */
    private static int lanes(RunSettings run) {
        return "parallel".equals(run.schedule()) ? Math.max(1, run.maxParallel()) : 1;
    }

    private static Duration estimate(RunSettings run, int workloads) {
        Duration warmup = run.warmupAuto() ? run.warmupMax() : run.warmup();
        Duration each = warmup.plus(run.duration().multipliedBy(run.iterations()))
                .plus(run.cooldown())
                .multipliedBy(run.rounds());
        int lanes = lanes(run);
        return each.multipliedBy((workloads + lanes - 1) / lanes);
    }

    private static WorkloadResult skipped(PlannedWorkload workload) {
        return Planner.notRun(
                workload.moduleId(),
                workload.workload().variant(),
                WorkloadStatus.SKIPPED,
                new ErrorInfo(ErrorCode.INTERRUPTED, Phase.PENDING, "not started: the run was interrupted"));
    }
}
