package io.benchctl.plugins.network;

import io.benchctl.api.Better;
import io.benchctl.api.Metric;
import io.benchctl.api.Recorder;
import io.benchctl.api.Workload;
import io.benchctl.api.WorkloadContext;
import java.time.Duration;

/**
 * Connection-setup rate: TCP connect, the authenticated handshake and an orderly close, one after
 * the other for the iteration's duration. Each set-up is timed into a histogram. The peer closes
 * first, so TIME_WAIT stays on its side and this host does not run out of ports.
 */
final class ConnectWorkload implements Workload {
    static final Metric CONNECTIONS_PER_SECOND = Metric.of("connections_per_second", "conn/s", Better.HIGHER);
    static final Metric CONNECT_TIME = Metric.of("connect_time", "ns", Better.LOWER);

    private final PeerTarget target;
    private WorkloadContext context;
    private PeerTarget.Endpoint endpoint;

    ConnectWorkload(PeerTarget target) {
        this.target = target;
    }

    @Override
    public String variant() {
        return "connect";
    }

    @Override
    public void init(WorkloadContext context) throws Exception {
        this.context = context;
        endpoint = target.open(1);
        endpoint.connect().close();
    }

    @Override
    public void warmup(WorkloadContext context) throws Exception {
        connectLoop(context, context.warmupDuration(), Recorder.DISCARD);
    }

    @Override
    public void runIteration(WorkloadContext context, int iteration) throws Exception {
        connectLoop(context, context.iterationDuration(), context.recorder());
    }

    private void connectLoop(WorkloadContext context, Duration duration, Recorder recorder) throws Exception {
        long startNanos = System.nanoTime();
        long deadlineNanos = startNanos + duration.toNanos();
        long connections = 0;
        long endNanos;
        do {
            long beganNanos = System.nanoTime();
            endpoint.connect().close();
            endNanos = System.nanoTime();
            recorder.recordLatencyNanos(CONNECT_TIME, endNanos - beganNanos);
            if ((++connections & 63) == 0) {
                context.cancellation().throwIfCancelled();
            }
        } while (endNanos - deadlineNanos < 0);
        long elapsedNanos = endNanos - startNanos;
        recorder.recordValue(CONNECTIONS_PER_SECOND, elapsedNanos <= 0 ? 0.0 : connections * 1e9 / elapsedNanos);
    }

    @Override
    public void close() {
        target.release(endpoint, context);
    }
}
