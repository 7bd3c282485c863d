package io.benchctl.testkit;

import io.benchctl.api.BenchmarkModule;
import io.benchctl.api.CancellationToken;
import io.benchctl.api.CpuAffinity;
import io.benchctl.api.HostFacts;
import io.benchctl.api.Metric;
import io.benchctl.api.ProgressSink;
import io.benchctl.api.Recorder;
import io.benchctl.api.Resource;
import io.benchctl.api.ScratchSpace;
import io.benchctl.api.Settings;
import io.benchctl.api.Workload;
import io.benchctl.api.WorkloadContext;
import io.benchctl.api.platform.Platform;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A module whose workloads are watched for the test: the first exception each one throws is kept
 * (the runtime turns it into the result's error text, the test may want the exception itself),
 * and, when there is an observer, every measured value also goes to that
 * {@link RecordingRecorder}. The runtime's own context and recorder stay in charge: the workload
 * gets the runtime's {@link WorkloadContext}, only its {@code recorder()} also copies each call to
 * the observer while the runtime's recorder is the measuring one (never during init, warmup,
 * cooldown or close).
 *
 * @param observer null for none
 * @param thrown filled with the first exception of each workload, by variant
 */
record ObservedModule(BenchmarkModule module, RecordingRecorder observer, Map<String, Throwable> thrown)
        implements BenchmarkModule {

    @Override
    public String id() {
        return module.id();
    }

    @Override
    public String description() {
        return module.description();
    }

    @Override
    public Set<Resource> resources() {
        return module.resources();
    }

    @Override
    public String configSchema() {
        return module.configSchema();
    }

    @Override
    public Map<String, Object> defaults(HostFacts host) {
        return module.defaults(host);
    }

    @Override
    public List<Workload> plan(Settings settings, HostFacts host) {
        return module.plan(settings, host).stream()
                .map(workload -> (Workload) new ObservedWorkload(workload, observer, thrown))
                .toList();
    }

    private record ObservedWorkload(Workload workload, RecordingRecorder observer, Map<String, Throwable> thrown)
            implements Workload {

        /** One lifecycle step of the workload under test. */
        private interface Step {
            void run() throws Exception;
        }

        private void watched(Step step) throws Exception {
            try {
                step.run();
            } catch (Exception | Error e) {
                thrown.putIfAbsent(workload.variant(), e);
                throw e;
            }
        }

        private WorkloadContext observed(WorkloadContext context) {
            return observer == null ? context : new ObservedContext(context, observer);
        }

        @Override
        public String variant() {
            return workload.variant();
        }

        @Override
        public void init(WorkloadContext context) throws Exception {
            watched(() -> workload.init(observed(context)));
        }

        @Override
        public void warmup(WorkloadContext context) throws Exception {
            watched(() -> workload.warmup(observed(context)));
        }

        @Override
        public void runIteration(WorkloadContext context, int iteration) throws Exception {
            watched(() -> workload.runIteration(observed(context), iteration));
        }

        @Override
        public void cooldown(WorkloadContext context) throws Exception {
            watched(() -> workload.cooldown(observed(context)));
        }

        @Override
        public void close() throws Exception {
            watched(workload::close);
        }
    }

    /** The runtime's context; its recorder, when measuring, also feeds the observer. */
    private record ObservedContext(WorkloadContext runtime, RecordingRecorder observer) implements WorkloadContext {
        @Override
        public Recorder recorder() {
            Recorder measuring = runtime.recorder();
            return measuring == Recorder.DISCARD ? measuring : new Tee(measuring, observer);
        }

        @Override
        public String workloadId() {
            return runtime.workloadId();
        }

        @Override
        public Settings settings() {
            return runtime.settings();
        }

        @Override
        public HostFacts host() {
            return runtime.host();
        }

        @Override
        public Duration warmupDuration() {
            return runtime.warmupDuration();
        }

        @Override
        public Duration iterationDuration() {
            return runtime.iterationDuration();
        }

        @Override
        public Duration cooldownDuration() {
            return runtime.cooldownDuration();
        }

        @Override
        public int iterations() {
            return runtime.iterations();
        }

        @Override
        public ProgressSink progress() {
            return runtime.progress();
        }

        @Override
        public CancellationToken cancellation() {
            return runtime.cancellation();
        }

        @Override
        public ScratchSpace scratch() {
            return runtime.scratch();
        }

        @Override
        public CpuAffinity affinity() {
            return runtime.affinity();
        }

        @Override
        public Platform platform() {
            return runtime.platform();
        }

        @Override
        public void warn(String code, String message) {
            runtime.warn(code, message);
        }
    }

    /** The runtime's recorder first (it rejects bad values), then the observer. */
    private record Tee(Recorder runtime, RecordingRecorder observer) implements Recorder {
        @Override
        public void recordValue(Metric metric, double value) {
            runtime.recordValue(metric, value);
            observer.recordValue(metric, value);
        }

        @Override
        public void recordLatencyNanos(Metric metric, long latencyNanos) {
            recordLatencyNanos(metric, latencyNanos, 1);
        }

        @Override
        public void recordLatencyNanos(Metric metric, long latencyNanos, long count) {
            runtime.recordLatencyNanos(metric, latencyNanos, count);
            observer.recordLatencyNanos(metric, latencyNanos, count);
        }
    }
}
