package io.benchctl.testkit;

import io.benchctl.api.ApiVersion;
import io.benchctl.api.BenchmarkModule;
import io.benchctl.api.HostFacts;
import io.benchctl.api.report.Reporter;
import io.benchctl.api.result.BenchctlInfo;
import io.benchctl.api.result.PluginInfo;
import io.benchctl.api.result.RunResult;
import io.benchctl.runtime.config.EffectiveProfile;
import io.benchctl.runtime.orchestrator.PlanException;
import io.benchctl.runtime.orchestrator.RunCancellation;
import io.benchctl.runtime.orchestrator.RunOrchestrator;
import io.benchctl.runtime.orchestrator.RunRequest;
import io.benchctl.runtime.orchestrator.WorkloadPlan;
import io.benchctl.runtime.plugins.LoadedModule;
import io.benchctl.runtime.plugins.LoadedReporter;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The kit's one way into the runtime: the only class that calls {@link RunOrchestrator} and
 * builds a {@link RunRequest}. The orchestrator plans the module's workloads and runs each
 * through the runtime's workload executor (its lifecycle, time limits, recorder and statistics),
 * exactly as {@code benchctl run} does; only loading the plugin JAR is left out.
 */
final class RuntimeDriver {

    /** What the runtime returned, with every listener event and what it printed. */
    record Outcome(RunResult result, int exitCode, List<RunEvent> events, String console) {}

    private RuntimeDriver() {}

    /**
     * Plans and runs {@code module} under {@code profile}.
     *
     * @throws IllegalArgumentException with the message {@code benchctl run} would print when the
     *     module's {@code plan} rejects its settings
     */
    static Outcome run(
            BenchmarkModule module,
            EffectiveProfile profile,
            List<Reporter> reporters,
            HostFacts facts,
            Path output,
            boolean quiet) {
        PluginInfo plugin = new PluginInfo(module.id(), ApiVersion.CURRENT, "testkit", "(in-process)", "");
        RecordingReporter recorder = new RecordingReporter();
        List<LoadedReporter> loadedReporters = new ArrayList<>();
        loadedReporters.add(new LoadedReporter(recorder, plugin));
        reporters.forEach(r -> loadedReporters.add(new LoadedReporter(r, plugin)));
        ByteArrayOutputStream consoleBytes = new ByteArrayOutputStream();
        PrintStream console = new PrintStream(consoleBytes, true, StandardCharsets.UTF_8);
        String runId = "testkit-" + module.id() + "-"
                + HexFormat.of().toHexDigits((short) ThreadLocalRandom.current().nextInt());

        RunRequest request = RunRequest.builder(runId, profile)
                .modules(Map.of(module.id(), new LoadedModule(module, plugin)))
                .reporters(loadedReporters)
                .outputDirectory(output)
                .quiet(quiet)
                .facts(facts)
                .host(CompletableFuture.completedFuture(hostBlock(facts)))
                .benchctl(new BenchctlInfo(
                        "testkit",
                        ApiVersion.CURRENT,
                        "unknown",
                        Runtime.version().toString(),
                        List.of(plugin)))
                .console(console)
                .build();
        RunOrchestrator orchestrator = new RunOrchestrator(request, new RunCancellation());
        WorkloadPlan plan;
        try {
            plan = orchestrator.plan();
        } catch (PlanException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        RunOrchestrator.Outcome outcome = orchestrator.execute(plan);
        return new Outcome(
                outcome.result(), outcome.exitCode(), recorder.events(), consoleBytes.toString(StandardCharsets.UTF_8));
    }

    /** A small host block from the facts: a full probe costs about half a second per test. */
    private static Map<String, Object> hostBlock(HostFacts facts) {
        Map<String, Object> host = new LinkedHashMap<>();
        host.put("os", Map.of("family", facts.os()));
        host.put("cpu", Map.of("logicalCpus", facts.logicalCpus(), "physicalCores", facts.physicalCores()));
        host.put("memory", Map.of("totalBytes", facts.totalMemoryBytes()));
        return host;
    }
}
