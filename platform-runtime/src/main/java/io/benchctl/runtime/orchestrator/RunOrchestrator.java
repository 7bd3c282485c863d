package io.benchctl.runtime.orchestrator;

import io.benchctl.api.Settings;
import io.benchctl.api.Workload;
import io.benchctl.api.report.Phase;
import io.benchctl.api.report.RunPlan;
import io.benchctl.api.result.ErrorCode;
import io.benchctl.api.result.ErrorInfo;
import io.benchctl.api.result.RunResult;
import io.benchctl.api.result.TestResult;
import io.benchctl.api.result.TestStatus;
import io.benchctl.runtime.config.RunSettings;
import io.benchctl.runtime.plugins.LoadedModule;
import io.benchctl.runtime.plugins.LoadedReporter;
import io.benchctl.runtime.scratch.ScratchManager;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a validated profile: plans workloads, schedules them, journals each as it ends, and hands
 * the one result to every reporter. Exit status: 0 all ok, 1 a workload or reporter failed,
 * 130 interrupted (what finished is still written).
 */
public final class RunOrchestrator {
    private static final Logger LOG = LoggerFactory.getLogger(RunOrchestrator.class);

    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILED = 1;
    public static final int EXIT_INTERRUPTED = 130;

    /**
     * The finished run.
     *
     * @param reportFailures one message per reporter that could not write its output; the caller
     *     then prints the result on stdout so that it is not lost
     */
    public record Outcome(RunResult result, int exitCode, Journal journal, List<String> reportFailures) {}

    private final RunRequest request;
    private final RunCancellation cancellation;
    private final List<PlannedWorkload> plan = new ArrayList<>();
    private final List<TestResult> planFailures = new ArrayList<>();

    public RunOrchestrator(RunRequest request, RunCancellation cancellation) {
        this.request = request;
        this.cancellation = cancellation;
    }

    /**
     * Expands every module's settings into workloads.
     *
     * @throws PlanException when a module rejects its settings (IllegalArgumentException)
     */
    public List<String> plan() throws PlanException {
        for (var entry : request.profile().modules().entrySet()) {
            LoadedModule loaded = request.modules().get(entry.getKey());
            plan(loaded, entry.getValue());
        }
        return plan.stream().map(PlannedWorkload::id).toList();
    }

    private void plan(LoadedModule loaded, Settings settings) throws PlanException {
        String moduleId = loaded.module().id();
        List<Workload> workloads;
        try {
            workloads = loaded.module().plan(settings, request.facts());
        } catch (IllegalArgumentException e) {
            throw new PlanException("[modules." + moduleId + "] " + e.getMessage());
        } catch (RuntimeException | LinkageError e) {
            planFailures.add(failed(
                    moduleId, "*", new ErrorInfo(ErrorCode.EXCEPTION, Phase.PLAN, WorkloadExecutor.describe(e))));
            return;
        }
        Set<String> variants = new HashSet<>();
        for (Workload workload : workloads) {
            if (!variants.add(workload.variant())) {
                planFailures.add(failed(
                        moduleId,
                        workload.variant(),
                        new ErrorInfo(
                                ErrorCode.EXCEPTION,
                                Phase.PLAN,
                                "module '" + moduleId + "' planned the variant '" + workload.variant() + "' twice")));
                continue;
            }
            plan.add(new PlannedWorkload(moduleId, workload, loaded.module().resources(), settings));
        }
    }

    /** Runs the plan (or, for a dry run, nothing) and writes the results. */
    public Outcome execute() {
        RunSettings run = request.profile().run();
        Instant startedAt = Instant.now();
        OutputFolder output = new OutputFolder(
                request.outputDirectory(), request.console(), request.quiet(), request.interactiveAllowed());
        ListenerFanout listeners = new ListenerFanout();
        for (LoadedReporter reporter : request.reporters()) {
            try {
                listeners.add(reporter.reporter().id(), reporter.reporter().listener(output));
            } catch (RuntimeException | LinkageError e) {
                LOG.error(
                        "reporter '{}' could not start its live view: {}",
                        reporter.reporter().id(),
                        e.toString());
            }
        }
        Map<String, Object> host = request.host().join();
        Journal journal = new Journal(request.outputDirectory().resolve(request.runId() + ".jsonl"));
        journal.append("run", header(startedAt, host));

        List<PlannedWorkload> toRun = request.dryRun() ? List.of() : plan;
        listeners.runStarted(new RunPlan(
                request.runId(),
                run.name(),
                toRun.stream().map(PlannedWorkload::id).toList(),
                estimate(run, toRun.size()),
                host));

        List<TestResult> tests = new ArrayList<>();
        if (!request.dryRun()) {
            tests.addAll(planFailures);
            planFailures.forEach(t -> journal.append("test", t));
            ScratchManager scratch = new ScratchManager(request.runId(), (code, message) -> {
                LOG.warn("{}: {}", code, message);
                ExecutionContext.warnAllocatingWorkload(code, message);
            });
            // A second Ctrl-C exits at once; the hook still removes this run's scratch folders.
            Thread releaseOnExit = new Thread(scratch::release, "benchctl-scratch-release");
            Runtime.getRuntime().addShutdownHook(releaseOnExit);
            try (scratch) {
                OutsideWrites outsideWrites =
                        new OutsideWrites(Path.of("").toAbsolutePath(), request.outputDirectory());
                WorkloadExecutor executor =
                        new WorkloadExecutor(run, request.facts(), cancellation, scratch, listeners, outsideWrites);
                tests.addAll(Scheduler.run(
                        toRun,
                        "parallel".equals(run.schedule()) ? run.maxParallel() : 1,
                        run.allowConflicts(),
                        workload -> {
                            TestResult result = executor.execute(workload);
                            journal.append("test", result);
                            return result;
                        },
                        workload -> {
                            TestResult result = skipped(workload);
                            journal.append("test", result);
                            return result;
                        },
                        cancellation));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                cancellation.cancel();
            } finally {
                removeHook(releaseOnExit);
            }
        }

        String status = cancellation.isCancelled()
                ? "interrupted"
                : tests.stream().anyMatch(t -> t.status() == TestStatus.FAILED) ? "failed" : "ok";
        RunResult result = new RunResult(
                RunResult.SCHEMA_VERSION,
                request.runId(),
                run.name(),
                status,
                startedAt.toString(),
                Instant.now().toString(),
                request.benchctl(),
                host,
                request.profile().tree(),
                List.copyOf(tests));
        journal.append("end", Map.of("status", status, "finishedAt", result.finishedAt()));
        journal.close();
        listeners.runFinished(result);
        List<String> reportFailures = writeReports(result, output);

        int exit = switch (status) {
            case "interrupted" -> EXIT_INTERRUPTED;
            case "failed" -> EXIT_FAILED;
            default -> reportFailures.isEmpty() ? EXIT_OK : EXIT_FAILED;
        };
        return new Outcome(result, exit, journal, reportFailures);
    }

    private List<String> writeReports(RunResult result, OutputFolder output) {
        List<String> failures = new ArrayList<>();
        for (LoadedReporter reporter : request.reporters()) {
            try {
                reporter.reporter().write(result, output);
            } catch (Exception | LinkageError e) {
                failures.add("reporter '" + reporter.reporter().id() + "' could not write its output: "
                        + WorkloadExecutor.describe(e));
            }
        }
        return failures;
    }

    private Map<String, Object> header(Instant startedAt, Map<String, Object> host) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("schemaVersion", RunResult.SCHEMA_VERSION);
        header.put("runId", request.runId());
        header.put("name", request.profile().run().name());
        header.put("startedAt", startedAt.toString());
        header.put("benchctl", request.benchctl());
        header.put("host", host);
        header.put("profile", request.profile().tree());
        return header;
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook runs anyway
        }
    }

    private static Duration estimate(RunSettings run, int workloads) {
        Duration each =
                run.warmup().plus(run.duration().multipliedBy(run.iterations())).plus(run.cooldown());
        int lanes = "parallel".equals(run.schedule()) ? Math.max(1, run.maxParallel()) : 1;
        return each.multipliedBy((workloads + lanes - 1) / lanes);
    }

    private static TestResult skipped(PlannedWorkload workload) {
        String now = Instant.now().toString();
        return new TestResult(
                workload.id(),
                workload.moduleId(),
                workload.workload().variant(),
                TestStatus.SKIPPED,
                new ErrorInfo(ErrorCode.INTERRUPTED, Phase.PENDING, "not started: the run was interrupted"),
                List.of(),
                List.of(),
                List.of(),
                now,
                now);
    }

    private static TestResult failed(String moduleId, String variant, ErrorInfo error) {
        String now = Instant.now().toString();
        return new TestResult(
                moduleId + "/" + variant,
                moduleId,
                variant,
                TestStatus.FAILED,
                error,
                List.of(),
                List.of(),
                List.of(),
                now,
                now);
    }
}
