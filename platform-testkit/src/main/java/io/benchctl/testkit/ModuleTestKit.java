package io.benchctl.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.benchctl.api.ApiVersion;
import io.benchctl.api.BenchmarkModule;
import io.benchctl.api.HostFacts;
import io.benchctl.api.report.Reporter;
import io.benchctl.api.result.BenchctlInfo;
import io.benchctl.api.result.PluginInfo;
import io.benchctl.runtime.config.EffectiveProfile;
import io.benchctl.runtime.config.ModuleSchema;
import io.benchctl.runtime.config.ProfileError;
import io.benchctl.runtime.config.ProfileException;
import io.benchctl.runtime.config.ProfileLoader;
import io.benchctl.runtime.host.HostProbe;
import io.benchctl.runtime.orchestrator.PlanException;
import io.benchctl.runtime.orchestrator.RunCancellation;
import io.benchctl.runtime.orchestrator.RunOrchestrator;
import io.benchctl.runtime.orchestrator.RunRequest;
import io.benchctl.runtime.orchestrator.WorkloadPlan;
import io.benchctl.runtime.plugins.LoadedModule;
import io.benchctl.runtime.plugins.LoadedReporter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import org.apiguardian.api.API;

/**
 * Runs one {@link BenchmarkModule} through the real benchctl runtime inside a unit test, like
 * JUnit's {@code EngineTestKit}: its settings are merged with its defaults and validated against
 * its schema by the profile loader, its workloads are planned, driven through the full lifecycle
 * with the runtime's time limits, and measured into statistics by the orchestrator, and every
 * listener event is kept. Only the plugin JAR is left out: the module instance is handed in.
 *
 * <pre>{@code
 * ModuleRun run = ModuleTestKit.forModule(new HashModule())
 *         .set("buffer_sizes", List.of("4KiB"))
 *         .run();
 * assertEquals(TestStatus.OK, run.test("sha-256/4KiB").status());
 * }</pre>
 *
 * <p>Timings default to a short run (warmup 20 ms, 3 iterations of 50 ms, no cooldown, affinity
 * off, 10 s phase timeout) so that a module test takes well under a second; figures from it are
 * not benchmarks. Not thread-safe: build and run a kit on one thread.
 */
@API(status = EXPERIMENTAL, since = "1.0")
public final class ModuleTestKit {
    private final BenchmarkModule module;
    private final Map<String, Object> settings = new LinkedHashMap<>();
    private final List<Reporter> reporters = new ArrayList<>();
    private Duration warmup = Duration.ofMillis(20);
    private Duration iterationDuration = Duration.ofMillis(50);
    private Duration cooldown = Duration.ZERO;
    private int iterations = 3;
    private Duration phaseTimeout = Duration.ofSeconds(10);
    private boolean affinity;
    private boolean quiet = true;
    private HostFacts host;
    private Path outputDirectory;

    private ModuleTestKit(BenchmarkModule module) {
        this.module = Objects.requireNonNull(module, "module");
    }

    /** A kit for this module instance, with its default settings and short timings. */
    public static ModuleTestKit forModule(BenchmarkModule module) {
        return new ModuleTestKit(module);
    }

    /** Replaces the module's settings (the {@code [modules.<id>]} table) with these. */
    public ModuleTestKit settings(Map<String, ?> moduleSettings) {
        settings.clear();
        settings.putAll(moduleSettings);
        return this;
    }

    /**
     * Sets one key of the module's table, as a profile would: String, Long/Integer, Double,
     * Boolean, or a List of those. Sizes and durations are strings ({@code "4KiB"}, {@code "2s"}).
     */
    public ModuleTestKit set(String key, Object value) {
        settings.put(key, value);
        return this;
    }

    /** Unmeasured time per workload ({@code [run] warmup}). */
    public ModuleTestKit warmup(Duration duration) {
        this.warmup = duration;
        return this;
    }

    /** Measured time of one iteration ({@code [run] duration}). */
    public ModuleTestKit iterationDuration(Duration duration) {
        this.iterationDuration = duration;
        return this;
    }

    /** Pause after each workload ({@code [run] cooldown}). */
    public ModuleTestKit cooldown(Duration duration) {
        this.cooldown = duration;
        return this;
    }

    /** Measured iterations per workload ({@code [run] iterations}). */
    public ModuleTestKit iterations(int count) {
        this.iterations = count;
        return this;
    }

    /** Extra time a step may take beyond its planned length before it is failed as hung. */
    public ModuleTestKit phaseTimeout(Duration duration) {
        this.phaseTimeout = duration;
        return this;
    }

    /** Pin measurement threads to CPUs, as {@code benchctl run} does by default. Off in the kit. */
    public ModuleTestKit affinity(boolean pin) {
        this.affinity = pin;
        return this;
    }

    /** Whether reporters are told the user asked for quiet output ({@code --quiet}). On in the kit. */
    public ModuleTestKit quiet(boolean quietOutput) {
        this.quiet = quietOutput;
        return this;
    }

    /** Plan and run against these host facts instead of this machine's. */
    public ModuleTestKit host(HostFacts facts) {
        this.host = facts;
        return this;
    }

    /** Also send the run to this reporter (its listener and its {@code write}). */
    public ModuleTestKit reporter(Reporter reporter) {
        reporters.add(Objects.requireNonNull(reporter, "reporter"));
        return this;
    }

    /**
     * Where reporters write and the journal goes; kept after the run. Without it the kit uses a
     * temporary folder and removes it.
     */
    public ModuleTestKit outputDirectory(Path directory) {
        this.outputDirectory = directory;
        return this;
    }

    /**
     * Validates the settings, plans and runs every workload, and returns what happened. A
     * workload that fails is reported in the result (status failed, exit code 1), not thrown.
     *
     * @throws IllegalArgumentException with the message {@code benchctl run} would print when the
     *     settings break the module's schema or the module's {@code plan} rejects them
     */
    public ModuleRun run() {
        HostFacts facts = host != null ? host : HostProbe.facts();
        Path output = null;
        try {
            output = outputDirectory != null
                    ? Files.createDirectories(outputDirectory)
                    : Files.createTempDirectory("benchctl-testkit-");
            EffectiveProfile profile = loadProfile(facts);
            return execute(profile, facts, output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (outputDirectory == null && output != null) {
                TempFiles.deleteTree(output);
            }
        }
    }

    private EffectiveProfile loadProfile(HostFacts facts) throws IOException {
        ModuleSchema schema = new ModuleSchema(module.id(), module.configSchema(), module.defaults(facts));
        Path profileFile = Files.createTempFile("benchctl-testkit-", ".toml");
        try {
            Files.writeString(profileFile, ProfileText.of(runTable(), module.id(), settings));
            return new ProfileLoader().load(profileFile, List.of(), Map.of(module.id(), schema));
        } catch (ProfileException e) {
            throw new IllegalArgumentException(withoutFile(e, profileFile.toString()), e);
        } finally {
            Files.deleteIfExists(profileFile);
        }
    }

    /** The loader's messages without the kit's temporary file name, one mistake per line. */
    private static String withoutFile(ProfileException e, String file) {
        return String.join(
                "\n",
                e.errors().stream()
                        .map(error -> file.equals(error.file())
                                ? new ProfileError(
                                        null,
                                        error.keyPath(),
                                        null,
                                        error.expected(),
                                        error.found(),
                                        error.suggestion())
                                : error)
                        .map(ProfileError::format)
                        .toList());
    }

    private Map<String, Object> runTable() {
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("name", "testkit-" + module.id());
        run.put("warmup", millis(warmup));
        run.put("duration", millis(iterationDuration));
        run.put("cooldown", millis(cooldown));
        run.put("iterations", (long) iterations);
        run.put("affinity", affinity);
        run.put("reporters", List.of());
        run.put("phase_timeout", millis(phaseTimeout));
        return run;
    }

    private ModuleRun execute(EffectiveProfile profile, HostFacts facts, Path output) {
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
        return new ModuleRun(
                outcome.result(),
                outcome.exitCode(),
                recorder.events(),
                consoleBytes.toString(StandardCharsets.UTF_8),
                outputDirectory);
    }

    /** A small host block from the facts: a full probe costs about half a second per test. */
    private static Map<String, Object> hostBlock(HostFacts facts) {
        Map<String, Object> host = new LinkedHashMap<>();
        host.put("os", Map.of("family", facts.os()));
        host.put("cpu", Map.of("logicalCpus", facts.logicalCpus(), "physicalCores", facts.physicalCores()));
        host.put("memory", Map.of("totalBytes", facts.totalMemoryBytes()));
        return host;
    }

    private static String millis(Duration duration) {
        return duration.toMillis() + "ms";
    }
}
