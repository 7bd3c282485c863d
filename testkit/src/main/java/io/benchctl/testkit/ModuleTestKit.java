package io.benchctl.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.benchctl.api.BenchmarkModule;
import io.benchctl.api.HostFacts;
import io.benchctl.api.Workload;
import io.benchctl.api.report.Reporter;
import io.benchctl.runtime.config.EffectiveProfile;
import io.benchctl.runtime.host.HostProbe;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.apiguardian.api.API;

/**
 * Runs one {@link BenchmarkModule}, or one {@link Workload} on its own, through the real benchctl
 * runtime inside a unit test, like JUnit's {@code EngineTestKit}: its settings are merged with its
 * defaults and validated against its schema by the profile loader, its workloads are planned,
 * driven through the full lifecycle with the runtime's time limits, and measured into statistics
 * by the orchestrator, and every listener event is kept. Only the plugin JAR is left out: the
 * module instance is handed in.
 *
 * <pre>{@code
 * ModuleRun run = ModuleTestKit.forModule(new HashModule())
 *         .set("buffer_sizes", List.of("4KiB"))
 *         .run();
 * assertEquals(WorkloadStatus.OK, run.test("sha-256/4KiB").status());
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
    private RecordingRecorder observer;

    private ModuleTestKit(BenchmarkModule module) {
        this.module = Objects.requireNonNull(module, "module");
    }

    /** A kit for this module instance, with its default settings and short timings. */
    public static ModuleTestKit forModule(BenchmarkModule module) {
        return new ModuleTestKit(module);
    }

    /**
     * A kit for one workload on its own, run as the only workload of a module with this id: the
     * same lifecycle, time limits, recorder and statistics as a whole-module run. Settings given
     * with {@link #set} reach the workload's context unvalidated (its module's schema is not
     * known here); validate them with a {@link #forModule} test.
     */
    public static ModuleTestKit forWorkload(String moduleId, Workload workload) {
        return new ModuleTestKit(new SingleWorkloadModule(moduleId, Objects.requireNonNull(workload, "workload")));
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
     * Also hands every measured value and latency to {@code observer}, as the workloads record
     * them, next to the runtime's own recorder: for assertions on the observations themselves
     * (exact counts and quantiles) rather than on the statistics in the result.
     */
    public ModuleTestKit observe(RecordingRecorder observer) {
        this.observer = Objects.requireNonNull(observer, "observer");
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
            Map<String, Throwable> thrown = new ConcurrentHashMap<>();
            BenchmarkModule driven = new ObservedModule(module, observer, thrown);
            EffectiveProfile profile = ProfileText.load(driven, facts, runTable(), settings);
            RuntimeDriver.Outcome outcome = RuntimeDriver.run(driven, profile, reporters, facts, output, quiet);
            return new ModuleRun(
                    outcome.result(), outcome.exitCode(), outcome.events(), outcome.console(), outputDirectory, thrown);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (outputDirectory == null && output != null) {
                TempFiles.deleteTree(output);
            }
        }
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

    private static String millis(Duration duration) {
        return duration.toMillis() + "ms";
    }
}
