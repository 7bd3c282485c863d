package io.benchctl.plugins.network;

import io.benchctl.api.Better;
import io.benchctl.api.Metric;
import io.benchctl.api.Recorder;
import io.benchctl.api.Workload;
import io.benchctl.api.WorkloadContext;
import io.benchctl.api.format.UnitText;
import io.benchctl.peer.PeerConnection;
import io.benchctl.peer.TransferResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bulk TCP transfer for the iteration's duration over {@code streams} parallel connections, in
 * 128 KiB chunks (iperf3's default). Records Gbit/s per stream and the aggregate: all bytes over
 * the wall time from the first request to the last stream's final acknowledgement.
 *
 * <p>Threads are not pinned: in loopback mode the peer's threads share the CPUs, and pinning one
 * side only would distort the figure.
 */
final class ThroughputWorkload implements Workload {
    static final Metric THROUGHPUT = Metric.of("throughput", "Gbit/s", Better.HIGHER);

    enum Direction {
        UPLOAD,
        DOWNLOAD
    }

    private final PeerTarget target;
    private final Direction direction;
    private final int streams;
    private final List<PeerConnection> connections = new ArrayList<>();
    private WorkloadContext context;
    private PeerTarget.Endpoint endpoint;
    private ExecutorService pool;

    ThroughputWorkload(PeerTarget target, Direction direction, int streams) {
        this.target = target;
        this.direction = direction;
        this.streams = streams;
    }

    @Override
    public String variant() {
        return "throughput/" + direction.name().toLowerCase(Locale.ROOT) + "/" + streams
                + (streams == 1 ? "-stream" : "-streams");
    }

    @Override
    public void init(WorkloadContext context) throws Exception {
        this.context = context;
        endpoint = target.open(streams);
        for (int i = 0; i < streams; i++) {
            connections.add(endpoint.connect());
        }
        AtomicInteger index = new AtomicInteger();
        pool = Executors.newFixedThreadPool(
                streams,
                task -> Thread.ofPlatform()
                        .name("benchctl-net-stream-" + index.getAndIncrement())
                        .daemon(true)
                        .unstarted(task));
        SocketFacts.record(
                context,
                connections.getFirst(),
                "; " + UnitText.exactBytes(PeerConnection.DEFAULT_CHUNK_BYTES) + " per write, peer " + endpoint.peer());
    }

    @Override
    public void warmup(WorkloadContext context) throws Exception {
        if (!context.warmupDuration().isZero()) {
            transfer(context.warmupDuration(), Recorder.DISCARD);
        }
    }

    @Override
    public void runIteration(WorkloadContext context, int iteration) throws Exception {
        context.cancellation().throwIfCancelled();
        transfer(context.iterationDuration(), context.recorder());
    }

    private void transfer(Duration duration, Recorder recorder) throws Exception {
        List<Future<TransferResult>> running = new ArrayList<>();
        long startNanos = System.nanoTime();
        for (PeerConnection connection : connections) {
            running.add(pool.submit(() -> direction == Direction.UPLOAD
                    ? connection.upload(duration, PeerConnection.DEFAULT_CHUNK_BYTES)
                    : connection.download(duration, PeerConnection.DEFAULT_CHUNK_BYTES)));
        }
        List<TransferResult> results = new ArrayList<>();
        Exception failure = null;
        for (Future<TransferResult> future : running) {
            try {
                results.add(future.get());
            } catch (ExecutionException e) {
                if (failure == null) {
                    failure = e.getCause() instanceof Exception cause ? cause : e;
                }
            }
        }
        long wallNanos = System.nanoTime() - startNanos;
        if (failure != null) {
            throw failure;
        }
        long totalBytes = 0;
        for (int i = 0; i < results.size(); i++) {
            recorder.recordValue(THROUGHPUT.forThread(i), results.get(i).gigabitsPerSecond());
            totalBytes += results.get(i).payloadBytes();
        }
        recorder.recordValue(THROUGHPUT, wallNanos <= 0 ? 0.0 : totalBytes * 8.0 / wallNanos);
        context.progress()
                .update(
                        1.0,
                        String.format(Locale.ROOT, "%.2f Gbit/s", wallNanos <= 0 ? 0.0 : totalBytes * 8.0 / wallNanos));
    }

    @Override
    public void close() throws Exception {
        try {
            if (pool != null) {
                pool.shutdownNow();
                pool.awaitTermination(5, TimeUnit.SECONDS);
            }
            connections.forEach(PeerConnection::close);
            connections.clear();
        } finally {
            target.release(endpoint, context);
        }
    }
}
