package io.benchctl.plugins.syscall;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.benchctl.testkit.RecordingRecorder;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** Real pipes and real threads. */
@EnabledOnOs(
        value = OS.LINUX,
        disabledReason =
                "needs Linux (procfs, signals, namespaces or the bash launcher); the portable subset leaves it out")
class PipeWorkloadTest {
    private static final Duration SHORT = Duration.ofMillis(150);

    @Test
    void eachRoundTripIsExactlyItsWriteTimePlusItsReadWait() throws Exception {
        RecordingRecorder recorded = run(new PipeWorkload(1, 1), true);

        long roundTrips = recorded.latencyCount(PipeWorkload.ROUND_TRIP);
        assertTrue(roundTrips > 100, "round trips: " + roundTrips);
        assertEquals(roundTrips, recorded.latencyCount(PipeWorkload.WRITE_LATENCY));
        assertEquals(roundTrips, recorded.latencyCount(PipeWorkload.READ_WAIT_LATENCY));
        long fastest = recorded.latencyQuantile(PipeWorkload.ROUND_TRIP, 0);
        long slowest = recorded.latencyQuantile(PipeWorkload.ROUND_TRIP, 1);
        assertTrue(fastest
                >= recorded.latencyQuantile(PipeWorkload.WRITE_LATENCY, 0)
                        + recorded.latencyQuantile(PipeWorkload.READ_WAIT_LATENCY, 0));
        assertTrue(slowest
                <= recorded.latencyQuantile(PipeWorkload.WRITE_LATENCY, 1)
                        + recorded.latencyQuantile(PipeWorkload.READ_WAIT_LATENCY, 1));
        assertEquals(2, recorded.values(PipeWorkload.ROUND_TRIPS).size());
    }

    @Test
    void largePayloadsReportTheBytesCarriedBothWays() throws Exception {
        RecordingRecorder recorded = run(new PipeWorkload(256 << 10, 1), false);
        for (int iteration = 0; iteration < 2; iteration++) {
            double roundTripsPerSecond =
                    recorded.values(PipeWorkload.ROUND_TRIPS).get(iteration);
            assertTrue(roundTripsPerSecond > 0);
            assertEquals(
                    2.0 * (256 << 10) * roundTripsPerSecond / 1e6,
                    recorded.values(PipeWorkload.BANDWIDTH).get(iteration),
                    1e-6);
        }
    }

    @Test
    void severalPairsRecordEachPairAndTheAggregate() throws Exception {
        RecordingRecorder recorded = run(new PipeWorkload(64, 2), false);
        double pair0 = recorded.values(PipeWorkload.ROUND_TRIPS.forThread(0)).getFirst();
        double pair1 = recorded.values(PipeWorkload.ROUND_TRIPS.forThread(1)).getFirst();
        double aggregate = recorded.values(PipeWorkload.ROUND_TRIPS).getFirst();
        // All round trips over the longest pair's time: at most the sum of the pairs' own rates.
        assertTrue(
                pair0 > 0 && pair1 > 0 && aggregate > 0 && aggregate <= (pair0 + pair1) * 1.000001,
                aggregate + " vs " + pair0 + " + " + pair1);
    }

    @Test
    void aRunLeavesNoFileDescriptorOrThreadBehind() throws Exception {
        long fdsBefore = openFileDescriptors();
        run(new PipeWorkload(4096, 2), false);
        assertEquals(fdsBefore, openFileDescriptors());
        assertFalse(Thread.getAllStackTraces().keySet().stream()
                .anyMatch(thread -> thread.getName().startsWith("syscall-")));
    }

    @Test
    void bytesGoThroughARealPipeIntactEvenBeyondItsCapacity() throws Exception {
        int payloadBytes = 1 << 20;
        try (Libc libc = new Libc();
                Arena shared = Arena.ofShared()) {
            int[] pipe = libc.pipe();
            MemorySegment sent = shared.allocate(payloadBytes, 4096);
            for (int i = 0; i < payloadBytes; i++) {
                sent.set(ValueLayout.JAVA_BYTE, i, (byte) (i * 31 + 7));
            }
            CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
                try (Libc writerLibc = new Libc()) {
                    writerLibc.writeFully(pipe[1], sent);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                } finally {
                    Libc.close(pipe[1]);
                }
            });
            MemorySegment received = libc.allocatePayload(payloadBytes);
            assertTrue(libc.readFully(pipe[0], received));
            writer.join();
            assertArrayEquals(sent.toArray(ValueLayout.JAVA_BYTE), received.toArray(ValueLayout.JAVA_BYTE));
            assertFalse(libc.readFully(pipe[0], received), "end of file before the first byte");
            Libc.close(pipe[0]);
        }
    }

    @Test
    void aPipeClosedInTheMiddleOfAMessageIsAnError() throws Exception {
        try (Libc libc = new Libc()) {
            int[] pipe = libc.pipe();
            libc.writeFully(pipe[1], libc.allocatePayload(3));
            Libc.close(pipe[1]);
            IOException e = assertThrows(IOException.class, () -> libc.readFully(pipe[0], libc.allocatePayload(4)));
            assertEquals("read: the pipe closed after 3 of 4 bytes", e.getMessage());
            Libc.close(pipe[0]);
        }
    }

    @Test
    void aFailedCallNamesTheCallAndTheReason() throws Exception {
        try (Libc libc = new Libc()) {
            IOException e = assertThrows(IOException.class, () -> libc.writeFully(-1, libc.allocatePayload(1)));
            assertEquals("write: Bad file descriptor (errno 9)", e.getMessage());
        }
    }

    private static RecordingRecorder run(PipeWorkload workload, boolean pinned) {
        return SyscallModuleTest.run(workload, pinned, SHORT, SHORT, 2);
    }

    private static long openFileDescriptors() throws IOException {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.count();
        }
    }
}
