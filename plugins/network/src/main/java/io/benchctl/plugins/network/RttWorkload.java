package io.benchctl.plugins.network;

import io.benchctl.api.Better;
import io.benchctl.api.Metric;
import io.benchctl.api.Recorder;
import io.benchctl.api.Workload;
import io.benchctl.api.WorkloadContext;
import io.benchctl.api.format.UnitText;
import io.benchctl.peer.EchoSession;
import java.time.Duration;

/**
 * TCP ping-pong of one message size (TCP_NODELAY on both ends): each round trip is timed and goes
 * into the latency histogram; the rate of round trips is recorded per iteration.
 */
final class RttWorkload implements Workload {
    static final Metric ROUND_TRIP = Metric.of("round_trip", "ns", Better.LOWER);
    static final Metric ROUND_TRIPS_PER_SECOND = Metric.of("round_trips_per_second", "1/s", Better.HIGHER);

    private final PeerTarget target;
    private final int messageBytes;
    private WorkloadContext context;
    private PeerTarget.Endpoint endpoint;
    private EchoSession echo;

    RttWorkload(PeerTarget target, int messageBytes) {
        this.target = target;
        this.messageBytes = messageBytes;
    }

    @Override
    public String variant() {
        return "rtt/" + UnitText.exactBytes(messageBytes);
    }

    @Override
    public void init(WorkloadContext context) throws Exception {
        this.context = context;
        endpoint = target.open(1);
        echo = endpoint.connect().startEcho(messageBytes);
        SocketFacts.record(context, echo.connection(), "; TCP_NODELAY on, peer " + endpoint.peer());
    }

    @Override
    public void warmup(WorkloadContext context) throws Exception {
        pingPong(context, context.warmupDuration(), Recorder.DISCARD);
    }

    @Override
    public void runIteration(WorkloadContext context, int iteration) throws Exception {
        pingPong(context, context.iterationDuration(), context.recorder());
    }

    private void pingPong(WorkloadContext context, Duration duration, Recorder recorder) throws Exception {
        long startNanos = System.nanoTime();
        long deadlineNanos = startNanos + duration.toNanos();
        long roundTrips = 0;
        long endNanos;
        do {
            long sentNanos = System.nanoTime();
            echo.roundTrip();
            endNanos = System.nanoTime();
            recorder.recordLatencyNanos(ROUND_TRIP, endNanos - sentNanos);
            if ((++roundTrips & 1023) == 0) {
                context.cancellation().throwIfCancelled();
            }
        } while (endNanos - deadlineNanos < 0);
        long elapsedNanos = endNanos - startNanos;
        recorder.recordValue(ROUND_TRIPS_PER_SECOND, elapsedNanos <= 0 ? 0.0 : roundTrips * 1e9 / elapsedNanos);
    }

    @Override
    public void close() throws Exception {
        try {
            if (echo != null) {
                echo.close();
            }
        } finally {
            target.release(endpoint, context);
        }
    }
}
