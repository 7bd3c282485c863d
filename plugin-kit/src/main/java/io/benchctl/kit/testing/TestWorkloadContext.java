package io.benchctl.kit.testing;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.benchctl.api.CancellationToken;
import io.benchctl.api.CpuAffinity;
import io.benchctl.api.HostFacts;
import io.benchctl.api.ProgressSink;
import io.benchctl.api.Recorder;
import io.benchctl.api.ScratchSpace;
import io.benchctl.api.Settings;
import io.benchctl.api.Workload;
import io.benchctl.api.WorkloadContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntConsumer;
import org.apiguardian.api.API;

/**
 * A real {@link WorkloadContext} for driving one workload outside the runtime (unit tests,
 * benchmarks): fixed durations, the recorder and affinity you give it, warnings collected in a
 * list, scratch folders under a directory you own (or the scratch space you give it, such as the
 * runtime's real one), and a cancellation flag you can set.
 */
@API(status = EXPERIMENTAL, since = "1.0")
public final class TestWorkloadContext implements WorkloadContext {

    /** A warning a workload raised. */
    public record Warning(String code, String message) {}

    private final String workloadId;
    private final Settings settings;
    private final HostFacts host;
    private final Duration warmup;
    private final Duration iteration;
    private final int iterations;
    private final CpuAffinity affinity;
    private final ScratchSpace scratch;
    private final List<Warning> warnings = new ArrayList<>();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private volatile Recorder recorder = Recorder.DISCARD;

    public TestWorkloadContext(
            String workloadId,
            Settings settings,
            HostFacts host,
            Duration warmup,
            Duration iteration,
            int iterations,
            CpuAffinity affinity,
            Path scratchRoot) {
        this(
                workloadId,
                settings,
                host,
                warmup,
                iteration,
                iterations,
                affinity,
                (parentDir, bytesNeeded, quotaBytes) ->
                        Files.createDirectories(scratchRoot.resolve(workloadId.replace('/', '_'))));
    }

    /** A context whose workloads get their scratch folders from {@code scratch}. */
    public TestWorkloadContext(
            String workloadId,
            Settings settings,
            HostFacts host,
            Duration warmup,
            Duration iteration,
            int iterations,
            CpuAffinity affinity,
            ScratchSpace scratch) {
        this.workloadId = workloadId;
        this.settings = settings;
        this.host = host;
        this.warmup = warmup;
        this.iteration = iteration;
        this.iterations = iterations;
        this.affinity = affinity;
        this.scratch = scratch;
    }

    /** {@link #drive(Workload, Recorder, IntConsumer, IntConsumer)} with nothing around iterations. */
    public void drive(Workload workload, Recorder measured) throws Exception {
        drive(workload, measured, i -> {}, i -> {});
    }

    /**
     * Drives {@code workload} through init → warmup → iterations → cooldown → close, as the runtime
     * does: warmup records into {@link Recorder#DISCARD}, each iteration into {@code recorder},
     * bracketed by {@code beforeIteration}/{@code afterIteration}.
     */
    public void drive(Workload workload, Recorder measured, IntConsumer beforeIteration, IntConsumer afterIteration)
            throws Exception {
        try {
            workload.init(this);
            recorder = Recorder.DISCARD;
            workload.warmup(this);
            recorder = measured;
            for (int i = 0; i < iterations; i++) {
                beforeIteration.accept(i);
                workload.runIteration(this, i);
                afterIteration.accept(i);
            }
            recorder = Recorder.DISCARD;
            workload.cooldown(this);
        } finally {
            workload.close();
        }
    }

    /** Scratch space for a module that writes no files: asking for a folder is a bug in it. */
    public static ScratchSpace noScratch(String moduleId) {
        return (parentDir, bytesNeeded, quotaBytes) -> {
            throw new UnsupportedOperationException("the " + moduleId + " module writes no files");
        };
    }

    /** Asks the workload to stop, as Ctrl-C would. */
    public void cancel() {
        cancelled.set(true);
    }

    /** Warnings raised so far, in order. */
    public synchronized List<Warning> warnings() {
        return List.copyOf(warnings);
    }

    @Override
    public String workloadId() {
        return workloadId;
    }

    @Override
    public Settings settings() {
        return settings;
    }

    @Override
    public HostFacts host() {
        return host;
    }

    @Override
    public Duration warmupDuration() {
        return warmup;
    }

    @Override
    public Duration iterationDuration() {
        return iteration;
    }

    @Override
    public Duration cooldownDuration() {
        return Duration.ZERO;
    }

    @Override
    public int iterations() {
        return iterations;
    }

    @Override
    public Recorder recorder() {
        return recorder;
    }

    @Override
    public ProgressSink progress() {
        return ProgressSink.NOOP;
    }

    @Override
    public CancellationToken cancellation() {
        return cancelled::get;
    }

    @Override
    public ScratchSpace scratch() {
        return scratch;
    }

    @Override
    public CpuAffinity affinity() {
        return affinity;
    }

    @Override
    public synchronized void warn(String code, String message) {
        warnings.add(new Warning(code, message));
    }
}
