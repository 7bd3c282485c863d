package io.benchctl.kit.workers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.benchctl.api.CpuAffinity;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

class PinnedWorkersTest {

    @Test
    void everyWorkerPinsItselfOnceAndRunsEachTaskWithItsIndex() throws Exception {
        var pinnedBy = new ConcurrentHashMap<Integer, String>();
        CpuAffinity recordingAffinity = index -> {
            pinnedBy.put(index, Thread.currentThread().getName());
            return 10 + index;
        };
        try (PinnedWorkers workers = new PinnedWorkers("w", 3, recordingAffinity)) {
            assertEquals(List.of(10, 11, 12), workers.cpus());
            assertEquals(
                    List.of("w-0", "w-1", "w-2"),
                    workers.runOnAll(i -> Thread.currentThread().getName()));
            assertEquals(List.of(0, 2, 4), workers.runOnAll(i -> i * 2));
        }
        assertEquals(3, pinnedBy.size());
        assertEquals("w-1", pinnedBy.get(1));
    }

    @Test
    void theBarrierKeepsWorkersInLockStep() throws Exception {
        int rounds = 300;
        try (PinnedWorkers workers = new PinnedWorkers("w", 3, CpuAffinity.NONE)) {
            AtomicIntegerArray arrivals = new AtomicIntegerArray(rounds);
            List<Boolean> sawEveryone = workers.runOnAll(i -> {
                boolean ok = true;
                for (int round = 0; round < rounds; round++) {
                    arrivals.incrementAndGet(round);
                    workers.barrier().await();
                    ok &= arrivals.get(round) == 3;
                    workers.barrier().await();
                }
                return ok;
            });
            assertEquals(List.of(true, true, true), sawEveryone);
        }
    }

    @Test
    void aFailingWorkerReleasesTheOthersAndItsErrorIsThrown() throws Exception {
        AtomicInteger released = new AtomicInteger();
        try (PinnedWorkers workers = new PinnedWorkers("w", 2, CpuAffinity.NONE)) {
            IllegalStateException e = assertThrows(
                    IllegalStateException.class,
                    () -> workers.runOnAll(i -> {
                        if (i == 1) {
                            throw new IllegalStateException("checksum mismatch");
                        }
                        try {
                            workers.barrier().await();
                        } finally {
                            released.incrementAndGet();
                        }
                        return i;
                    }));
            assertEquals("checksum mismatch", e.getMessage());
        }
        assertTrue(released.get() == 1);
    }
}
