package io.benchctl.plugins.disk;

import io.benchctl.api.CancellationToken;
import io.benchctl.api.CpuAffinity;
import io.benchctl.api.HostFacts;
import io.benchctl.api.ProgressSink;
import io.benchctl.api.Recorder;
import io.benchctl.api.ScratchSpace;
import io.benchctl.api.Settings;
import io.benchctl.api.Workload;
import io.benchctl.api.WorkloadContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A workload context for driving one workload through its lifecycle in a test or the bench
 * driver, with the runtime's real scratch manager behind it. Test scope only, until the platform
 * test kit (issue 8) provides one.
 */
final class TestContext implements WorkloadContext {
    static final HostFacts HOST = new HostFacts(
            "linux",
            Runtime.getRuntime().availableProcessors(),
            Runtime.getRuntime().availableProcessors(),
            0,
            0,
            0,
            Runtime.getRuntime().maxMemory());

    private final String workloadId;
    private final Settings settings;
    private final ScratchSpace scratch;
    private final Duration warmupDuration;
    private final Duration iterationDuration;
    private final int iterations;
    private final TestRecorder recorder = new TestRecorder();
    private final List<String> warnings = new ArrayList<>();
    private boolean warmingUp;

    TestContext(
            String workloadId,
            Settings settings,
            ScratchSpace scratch,
            Duration warmupDuration,
            Duration iterationDuration,
            int iterations) {
        this.workloadId = workloadId;
        this.settings = settings;
        this.scratch = scratch;
        this.warmupDuration = warmupDuration;
        this.iterationDuration = iterationDuration;
        this.iterations = iterations;
    }

    /** Runs init, the warmup, the iterations, and close (always). */
    void runLifecycle(Workload workload) throws Exception {
        try {
            workload.init(this);
            warmingUp = true;
            workload.warmup(this);
            warmingUp = false;
            for (int i = 0; i < iterations; i++) {
                workload.runIteration(this, i);
            }
        } finally {
            workload.close();
        }
    }

    TestRecorder measured() {
        return recorder;
    }

    /** Warnings as {@code code: message}. */
    synchronized List<String> warnings() {
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
        return HOST;
    }

    @Override
    public Duration warmupDuration() {
        return warmupDuration;
    }

    @Override
    public Duration iterationDuration() {
        return iterationDuration;
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
        return warmingUp ? Recorder.DISCARD : recorder;
    }

    @Override
    public ProgressSink progress() {
        return ProgressSink.NOOP;
    }

    @Override
    public CancellationToken cancellation() {
        return () -> false;
    }

    @Override
    public ScratchSpace scratch() {
        return scratch;
    }

    @Override
    public CpuAffinity affinity() {
        return CpuAffinity.NONE;
    }

    @Override
    public synchronized void warn(String code, String message) {
        warnings.add(code + ": " + message);
    }
}
