package io.benchctl.plugins.syscall;

import io.benchctl.api.Better;
import io.benchctl.api.CancellationToken;
import io.benchctl.api.CpuAffinity;
import io.benchctl.api.Metric;
import io.benchctl.api.Recorder;
import io.benchctl.api.Workload;
import io.benchctl.api.WorkloadContext;
import io.benchctl.api.format.UnitText;
import io.benchctl.kit.workers.JobThreads;
import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Pipe ping-pong: per pair, a ping thread writes {@code payloadBytes} into one pipe and waits
 * for a pong thread to echo them back through another, each thread pinned to its own CPU while
 * there are enough. Every round trip is split at the moment write(2) returns: the time in
 * write, and the time blocked in read(2) until the whole echo has arrived.
 */
final class PipeWorkload implements Workload {
    static final Metric ROUND_TRIP = Metric.of("round_trip", "ns", Better.LOWER);
    static final Metric WRITE_LATENCY = Metric.of("write_latency", "ns", Better.LOWER);
    static final Metric READ_WAIT_LATENCY = Metric.of("read_wait_latency", "ns", Better.LOWER);
    static final Metric ROUND_TRIPS = Metric.of("round_trips", "ops/s", Better.HIGHER);
    /** Payload bytes carried both ways per second. */
    static final Metric BANDWIDTH = Metric.of("bandwidth", "MB/s", Better.HIGHER);

    private static final long PROGRESS_INTERVAL_MILLIS = 250;

    private final long payloadBytes;
    private final int pairs;

    PipeWorkload(long payloadBytes, int pairs) {
        this.payloadBytes = payloadBytes;
        this.pairs = pairs;
    }

    /** Skipped, not failed, where the C library lacks the calls (Windows). */
    @Override
    public void init(WorkloadContext context) {
        LibcCalls.require();
    }

    @Override
    public String variant() {
        return "pipe/" + UnitText.exactBytes(payloadBytes);
    }

    /** One ping thread's timed run. */
    private record Tally(long roundTrips, long elapsedNanos) {}

    @Override
    public void warmup(WorkloadContext context) throws Exception {
        runPairs(context, context.warmupDuration());
    }

    @Override
    public void runIteration(WorkloadContext context, int iteration) throws Exception {
        List<Tally> tallies = runPairs(context, context.iterationDuration()).stream()
                .filter(tally -> tally != null)
                .toList();
        long roundTrips = 0;
        long longestNanos = 1;
        for (int pair = 0; pair < tallies.size(); pair++) {
            Tally tally = tallies.get(pair);
            roundTrips += tally.roundTrips();
            longestNanos = Math.max(longestNanos, tally.elapsedNanos());
            if (pairs > 1) {
                context.recorder()
                        .recordValue(ROUND_TRIPS.forThread(pair), tally.roundTrips() / (tally.elapsedNanos() / 1e9));
            }
        }
        double seconds = longestNanos / 1e9;
        context.recorder().recordValue(ROUND_TRIPS, roundTrips / seconds);
        context.recorder().recordValue(BANDWIDTH, 2.0 * payloadBytes * roundTrips / 1e6 / seconds);
    }

    /** Runs every pair; the list holds each ping thread's tally and null for pong threads. */
    private List<Tally> runPairs(WorkloadContext context, Duration duration) throws Exception {
        List<int[]> pipes = openPipes(2 * pairs);
        JobThreads<Tally> threads = new JobThreads<>("syscall-" + variant());
        Recorder recorder = context.recorder();
        CpuAffinity affinity = context.affinity();
        CancellationToken cancellation = context.cancellation();
        for (int pair = 0; pair < pairs; pair++) {
            int[] toPong = pipes.get(2 * pair);
            int[] toPing = pipes.get(2 * pair + 1);
            int pingThread = 2 * pair;
            threads.start(() -> {
                affinity.pinCurrentThread(pingThread);
                return ping(toPong, toPing, duration, cancellation, recorder);
            });
            threads.start(() -> {
                affinity.pinCurrentThread(pingThread + 1);
                pong(toPong, toPing);
                return null;
            });
        }
        return threads.awaitAll(PROGRESS_INTERVAL_MILLIS, () -> {});
    }

    /** {@code count} pipes as {@code [readFd, writeFd]}; all or none. */
    private static List<int[]> openPipes(int count) throws IOException {
        List<int[]> pipes = new ArrayList<>();
        try (Libc libc = new Libc()) {
            while (pipes.size() < count) {
                pipes.add(libc.pipe());
            }
            return pipes;
        } catch (IOException e) {
            for (int[] pipe : pipes) {
                Libc.close(pipe[0]);
                Libc.close(pipe[1]);
            }
            throw e;
        }
    }

    private Tally ping(int[] toPong, int[] toPing, Duration duration, CancellationToken cancellation, Recorder recorder)
            throws IOException {
        try (Libc libc = new Libc()) {
            MemorySegment payload = libc.allocatePayload(payloadBytes).fill((byte) 'p');
            long roundTrips = 0;
            long startNanos = System.nanoTime();
            long deadlineNanos = startNanos + duration.toNanos();
            long nowNanos = startNanos;
            while (nowNanos < deadlineNanos && !cancellation.isCancelled()) {
                long sentNanos = System.nanoTime();
                libc.writeFully(toPong[1], payload);
                long writtenNanos = System.nanoTime();
                if (!libc.readFully(toPing[0], payload)) {
                    throw new IOException("the pong thread stopped echoing");
                }
                nowNanos = System.nanoTime();
                recorder.recordLatencyNanos(ROUND_TRIP, nowNanos - sentNanos);
                recorder.recordLatencyNanos(WRITE_LATENCY, writtenNanos - sentNanos);
                recorder.recordLatencyNanos(READ_WAIT_LATENCY, nowNanos - writtenNanos);
                roundTrips++;
            }
            return new Tally(roundTrips, nowNanos - startNanos);
        } finally {
            // End of file tells the pong thread to stop; it is blocked in read by now.
            Libc.close(toPong[1]);
            Libc.close(toPing[0]);
        }
    }

    private void pong(int[] toPong, int[] toPing) throws IOException {
        try (Libc libc = new Libc()) {
            MemorySegment payload = libc.allocatePayload(payloadBytes);
            while (libc.readFully(toPong[0], payload)) {
                libc.writeFully(toPing[1], payload);
            }
        } finally {
            Libc.close(toPing[1]);
            Libc.close(toPong[0]);
        }
    }
}
