package io.benchctl.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import io.benchctl.api.platform.Platform;
import java.time.Duration;
import org.apiguardian.api.API;

/**
 * The request object handed to every lifecycle step of a {@link Workload}. Like JUnit's
 * {@code ExecutionRequest}, new capabilities arrive here as new methods with defaults, never as
 * new parameters of the lifecycle methods.
 */
@API(status = STABLE, since = "1.0")
public interface WorkloadContext {

    /** The workload's full id, {@code module/variant}. */
    String workloadId();

    /** The module's effective, validated settings. */
    Settings settings();

    /** Facts about the host. */
    HostFacts host();

    /** Time the runtime allows for warmup; not measured. */
    Duration warmupDuration();

    /** Target measured time of one iteration. */
    Duration iterationDuration();

    /** Pause after the last iteration. */
    Duration cooldownDuration();

    /** Number of measured iterations the runtime will request. */
    int iterations();

    /** Where measurements go. During warmup this recorder discards everything. */
    Recorder recorder();

    /** Live progress for dashboards. */
    ProgressSink progress();

    /** Set when the user interrupts the run or a step passes its time limit. */
    CancellationToken cancellation();

    /** Per-run scratch folders that the runtime removes however the run ends. */
    ScratchSpace scratch();

    /** Pins measurement threads to distinct CPUs where the OS allows and the user wants it. */
    CpuAffinity affinity();

    /**
     * The operating-system capabilities below the JDK (direct I/O, page-cache control, socket
     * facts), from the platform layer the runtime chose; a capability that falls back records its
     * warning on this workload.
     *
     * @since 1.3
     */
    @API(status = EXPERIMENTAL, since = "1.3")
    Platform platform();

    /**
     * Adds a warning to this workload's result and sends it to reporters as an event (e.g.
     * "direct I/O unsupported on tmpfs: buffered fallback").
     *
     * @param code a stable machine-readable code, e.g. {@code direct-io-fallback}
     */
    void warn(String code, String message);
}
