package io.benchctl.plugins.syscall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.benchctl.testkit.RecordingRecorder;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class NullSyscallWorkloadTest {
    @Test
    void callsAreTimedInWholeBatchesAndAgreeWithTheCallRate() {
        NullSyscallWorkload workload = new NullSyscallWorkload();
        RecordingRecorder recorded =
                SyscallModuleTest.run(workload, true, Duration.ofMillis(200), Duration.ofMillis(200), 1);

        long calls = recorded.latencyCount(NullSyscallWorkload.LATENCY);
        assertTrue(calls > 0);
        assertEquals(0, calls % NullSyscallWorkload.BATCH_CALLS);
        double callsPerSecond = recorded.values(NullSyscallWorkload.CALLS).getFirst();
        // The whole iteration's time per call includes every batch, so no batch mean beats it, and
        // on a busy machine preempted batches only push the mean up, never the fastest down.
        double meanNanos = 1e9 / callsPerSecond;
        long fastestBatchNanos = recorded.latencyQuantile(NullSyscallWorkload.LATENCY, 0);
        assertTrue(
                fastestBatchNanos > 10 && fastestBatchNanos <= Math.ceil(meanNanos),
                fastestBatchNanos + " ns fastest batch mean vs " + meanNanos + " ns over the iteration");
        assertEquals(Integer.valueOf(getppidFromJava()), Integer.valueOf(Libc.getppid()));
    }

    private static int getppidFromJava() {
        return (int) ProcessHandle.current().parent().orElseThrow().pid();
    }
}
