package io.benchctl.plugins.network;

import io.benchctl.api.CancellationToken;
import io.benchctl.api.CpuAffinity;
import io.benchctl.api.HostFacts;
import io.benchctl.api.Metric;
import io.benchctl.api.ProgressSink;
import io.benchctl.api.Recorder;
import io.benchctl.api.ScratchSpace;
import io.benchctl.api.Settings;
import io.benchctl.api.WorkloadContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A workload context that keeps every recorded value and latency observation, for lifecycle
 * tests that assert on the observations themselves (the runtime's recorder keeps no latency
 * histograms yet) and for {@link NetworkBenchMain}. The real runtime path is covered by
 * {@link NetworkModuleKitTest}.
 */
final class TestContext implements WorkloadContext, Recorder {
    static final HostFacts HOST = new HostFacts("linux", 2, 2, 32768, 524288, 33554432, 1L << 34);

    final Map<Metric, List<Double>> values = new ConcurrentHashMap<>();
    final Map<Metric, List<Long>> latencies = new ConcurrentHashMap<>();
    final List<String> warnings = new ArrayList<>();
    private final Settings settings;
    private final Duration warmup;
    private final Duration iteration;

    TestContext(Settings settings, Duration warmup, Duration iteration) {
        this.settings = settings;
        this.warmup = warmup;
        this.iteration = iteration;
    }

    @Override
    public void recordValue(Metric metric, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(metric + " is not finite: " + value);
        }
        values.computeIfAbsent(metric, m -> java.util.Collections.synchronizedList(new ArrayList<>()))
                .add(value);
    }

    @Override
    public void recordLatencyNanos(Metric metric, long latencyNanos) {
        latencies
                .computeIfAbsent(metric, m -> java.util.Collections.synchronizedList(new ArrayList<>()))
                .add(latencyNanos);
    }

    @Override
    public String workloadId() {
        return "network/test";
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
        return 2;
    }

    @Override
    public Recorder recorder() {
        return this;
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
        return (parent, bytes, quota) -> {
            throw new UnsupportedOperationException("the network module writes no files");
        };
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
