package io.benchctl.runtime.affinity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.benchctl.runtime.platform.linux.SysFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

@EnabledOnOs(OS.LINUX)
class ThreadPinnerTest {

    /** What one pinned thread saw: the CPU it was given, its mask as a set and as /proc lists it. */
    private record Observed(int cpu, BitSet schedMask, String procCpusAllowedList) {}

    @Test
    void eachThreadIndexIsPinnedToItsOwnAllowedCpuAndTheKernelAgrees() throws Exception {
        ThreadPinner pinner = ThreadPinner.create(true);
        assertTrue(pinner.warning().isEmpty(), pinner.warning().orElse(""));
        List<Integer> allowed = pinner.allowedCpus();
        assertEquals(Runtime.getRuntime().availableProcessors(), allowed.size());

        int threads = Math.min(2, allowed.size());
        List<Observed> observed = new ArrayList<>();
        for (int index = 0; index < threads; index++) {
            int threadIndex = index;
            observed.add(onNewThread(() -> pinAndObserve(pinner, threadIndex)));
        }
        for (int index = 0; index < threads; index++) {
            Observed o = observed.get(index);
            assertEquals(allowed.get(index), o.cpu());
            assertEquals(BitSet.valueOf(new long[] {1L << o.cpu()}), o.schedMask());
            assertEquals(Integer.toString(o.cpu()), o.procCpusAllowedList());
        }
        assertEquals(allowed.subList(0, threads), pinner.pinnedCpus());
    }

    @Test
    void moreThreadsThanCpusWrapAround() throws Exception {
        ThreadPinner pinner = ThreadPinner.create(true);
        int beyond = pinner.allowedCpus().size();
        Observed o = onNewThread(() -> pinAndObserve(pinner, beyond));
        assertEquals(pinner.allowedCpus().getFirst(), o.cpu());
        assertEquals(Integer.toString(o.cpu()), o.procCpusAllowedList());
    }

    @Test
    void restoreLetsThePinnedThreadRunEverywhereAgain() throws Exception {
        ThreadPinner pinner = ThreadPinner.create(true);
        BitSet restored = onNewThread(() -> {
            pinner.pinCurrentThread(0);
            pinner.restoreCurrentThread();
            return threadMask();
        });
        BitSet allowed = new BitSet();
        pinner.allowedCpus().forEach(allowed::set);
        assertEquals(allowed, restored);
    }

    @Test
    void disabledPinsNothingAndDoesNotWarn() throws Exception {
        ThreadPinner pinner = ThreadPinner.create(false);
        BitSet before = onNewThread(() -> threadMask());
        BitSet after = onNewThread(() -> {
            assertEquals(-1, pinner.pinCurrentThread(0));
            return threadMask();
        });
        assertEquals(before, after);
        assertTrue(pinner.pinnedCpus().isEmpty());
        assertFalse(pinner.warning().isPresent());
    }

    private static Observed pinAndObserve(ThreadPinner pinner, int threadIndex) throws Exception {
        int cpu = pinner.pinCurrentThread(threadIndex);
        return new Observed(cpu, threadMask(), procCpusAllowedList());
    }

    /** The calling thread's CPUs, as the kernel states them in /proc/thread-self/status. */
    private static BitSet threadMask() throws IOException {
        BitSet mask = new BitSet();
        SysFiles.parseCpuList(procCpusAllowedList()).forEach(mask::set);
        return mask;
    }

    private static String procCpusAllowedList() throws IOException {
        return Files.readAllLines(Path.of("/proc/thread-self/status")).stream()
                .filter(line -> line.startsWith("Cpus_allowed_list:"))
                .map(line -> line.substring("Cpus_allowed_list:".length()).trim())
                .findFirst()
                .orElseThrow();
    }

    /** Runs on a fresh platform thread so that pinning never leaks into the test runner's threads. */
    private static <T> T onNewThread(Callable<T> body) throws Exception {
        FutureTask<T> task = new FutureTask<>(body);
        Thread thread = Thread.ofPlatform().name("pinner-test").start(task);
        thread.join();
        return task.get();
    }
}
