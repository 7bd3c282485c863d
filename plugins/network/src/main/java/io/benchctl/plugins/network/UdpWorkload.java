package io.benchctl.plugins.network;

import io.benchctl.api.Better;
import io.benchctl.api.Metric;
import io.benchctl.api.Recorder;
import io.benchctl.api.Workload;
import io.benchctl.api.WorkloadContext;
import io.benchctl.api.format.UnitText;
import io.benchctl.peer.PeerConnection;
import io.benchctl.peer.UdpResult;
import io.benchctl.peer.UdpSpec;
import java.time.Duration;
import java.util.Locale;

/**
 * UDP at a target bit rate, like {@code iperf3 -u -b RATE -l SIZE} (upload) and with {@code -R}
 * (download): the sender paces datagrams carrying a sequence number and its send time; the
 * receiver counts what arrived, the loss and out-of-order datagrams as iperf3 counts them, and RFC
 * 3550's jitter (adr/0024). One test per iteration, of the iteration's duration.
 */
final class UdpWorkload implements Workload {
    /** Payload received over the sender's time. */
    static final Metric THROUGHPUT = Metric.of("throughput", "Gbit/s", Better.HIGHER);
    /** iperf3's lost_percent: sequence gaps over datagrams sent. */
    static final Metric LOSS = Metric.of("loss_percent", "%", Better.LOWER);
    /** iperf3's jitter_ms: the RFC 3550 estimate after the last datagram. */
    static final Metric JITTER = Metric.of("jitter_ms", "ms", Better.LOWER);

    static final Metric OUT_OF_ORDER = Metric.of("out_of_order_datagrams", "datagrams", Better.LOWER);

    private final PeerTarget target;
    private final ThroughputWorkload.Direction direction;
    private final long rateBitsPerSecond;
    private final int datagramBytes;
    private WorkloadContext context;
    private PeerTarget.Endpoint endpoint;
    private PeerConnection connection;

    UdpWorkload(PeerTarget target, ThroughputWorkload.Direction direction, long rateBitsPerSecond, int datagramBytes) {
        this.target = target;
        this.direction = direction;
        this.rateBitsPerSecond = rateBitsPerSecond;
        this.datagramBytes = datagramBytes;
    }

    @Override
    public String variant() {
        return "udp/" + direction.name().toLowerCase(Locale.ROOT) + "/" + UdpRates.format(rateBitsPerSecond) + "/"
                + UnitText.exactBytes(datagramBytes);
    }

    @Override
    public void init(WorkloadContext context) throws Exception {
        this.context = context;
        endpoint = target.open(1);
        connection = endpoint.connect();
    }

    @Override
    public void warmup(WorkloadContext context) throws Exception {
        if (!context.warmupDuration().isZero()) {
            test(context, context.warmupDuration(), Recorder.DISCARD);
        }
    }

    @Override
    public void runIteration(WorkloadContext context, int iteration) throws Exception {
        context.cancellation().throwIfCancelled();
        test(context, context.iterationDuration(), context.recorder());
    }

    private void test(WorkloadContext context, Duration duration, Recorder recorder) throws Exception {
        UdpSpec spec = new UdpSpec(rateBitsPerSecond, datagramBytes, duration);
        UdpResult result = direction == ThroughputWorkload.Direction.UPLOAD
                ? connection.udpUpload(spec)
                : connection.udpDownload(spec);
        recorder.recordValue(THROUGHPUT, result.receivedGigabitsPerSecond());
        recorder.recordValue(LOSS, result.lossPercent());
        recorder.recordValue(JITTER, result.jitterMillis());
        recorder.recordValue(OUT_OF_ORDER, result.outOfOrderDatagrams());
        context.progress()
                .update(
                        1.0,
                        String.format(
                                Locale.ROOT,
                                "%.3f Gbit/s, loss %.2f %%, jitter %.4f ms",
                                result.receivedGigabitsPerSecond(),
                                result.lossPercent(),
                                result.jitterMillis()));
    }

    @Override
    public void close() throws Exception {
        try {
            if (connection != null) {
                connection.close();
            }
        } finally {
            target.release(endpoint, context);
        }
    }
}
