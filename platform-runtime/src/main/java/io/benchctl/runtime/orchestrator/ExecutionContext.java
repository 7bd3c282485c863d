package io.benchctl.runtime.orchestrator;

import io.benchctl.api.CancellationToken;
import io.benchctl.api.CpuAffinity;
import io.benchctl.api.HostFacts;
import io.benchctl.api.ProgressSink;
import io.benchctl.api.Recorder;
import io.benchctl.api.ScratchSpace;
import io.benchctl.api.Settings;
import io.benchctl.api.WorkloadContext;
import io.benchctl.api.platform.Platform;
import io.benchctl.api.report.Phase;
import io.benchctl.runtime.config.RunSettings;
import java.time.Duration;

/**
 * The runtime's {@link WorkloadContext}: one per workload execution, holding that workload's own
 * scratch view and warnings.
 */
final class ExecutionContext implements WorkloadContext {
    private static final long PROGRESS_INTERVAL_NANOS = 100_000_000L;

    private final String workloadId;
    private final Settings settings;
    private final HostFacts host;
    private final RunSettings run;
    private final Services services;
    private final ListenerFanout listeners;
    private final WorkloadWarnings warnings;
    private volatile Recorder recorder = Recorder.DISCARD;
    private volatile Phase phase = Phase.PENDING;
    private volatile long lastProgressNanos;

    /** What the runtime lends one workload: its cancellation, scratch space, CPUs and platform view. */
    record Services(RunCancellation cancellation, ScratchSpace scratch, CpuAffinity affinity, Platform platform) {}

    ExecutionContext(
            PlannedWorkload planned,
            HostFacts host,
            RunSettings run,
            Services services,
            ListenerFanout listeners,
            WorkloadWarnings warnings) {
        this.workloadId = planned.id();
        this.settings = planned.settings();
        this.host = host;
        this.run = run;
        this.services = services;
        this.listeners = listeners;
        this.warnings = warnings;
    }

    /** Switches recorder and phase; reporters hear of a phase only when it changes. */
    void enter(Phase next, Recorder nextRecorder) {
        this.recorder = nextRecorder;
        if (next != phase) {
            this.phase = next;
            listeners.phaseChanged(workloadId, next);
        }
    }

    Phase phase() {
        return phase;
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
        return run.warmup();
    }

    @Override
    public Duration iterationDuration() {
        return run.duration();
    }

    @Override
    public Duration cooldownDuration() {
        return run.cooldown();
    }

    @Override
    public int iterations() {
        return run.iterations();
    }

    @Override
    public Recorder recorder() {
        return recorder;
    }

    @Override
    public ProgressSink progress() {
        return (fractionDone, message) -> {
            long now = System.nanoTime();
            if (now - lastProgressNanos >= PROGRESS_INTERVAL_NANOS) {
                lastProgressNanos = now;
                listeners.progress(
                        workloadId, phase, Math.clamp(fractionDone, 0.0, 1.0), message == null ? "" : message);
            }
        };
    }

    @Override
    public CancellationToken cancellation() {
        return services.cancellation();
    }

    @Override
    public ScratchSpace scratch() {
        return services.scratch();
    }

    @Override
    public CpuAffinity affinity() {
        return services.affinity();
    }

    @Override
    public Platform platform() {
        return services.platform();
    }

    @Override
    public void warn(String code, String message) {
        warnings.warn(code, message);
    }
}
