package io.benchctl.plugins.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.benchctl.api.HostFacts;
import io.benchctl.api.result.WorkloadResult;
import io.benchctl.api.result.WorkloadStatus;
import io.benchctl.testkit.ModuleRun;
import io.benchctl.testkit.ModuleTestKit;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden runs: a 24 KiB buffer (1024 elements per array) with the fixed seed gives each kernel a
 * known output checksum, whatever the thread count and however often the kernel ran: first in
 * the interpreter (one direct pass) and then compiled, inside a whole workload run.
 */
class StreamGoldenTest {

    private static final long BUFFER_BYTES = 24 << 10;
    private static final HostFacts HOST = new HostFacts("linux", 2, 2, 48 << 10, 2 << 20, 32 << 20, 8L << 30);

    @ParameterizedTest
    @CsvSource({
        "copy, 1, 7720121134946355967", "scale, 1, 5466606781331825698",
        "add, 1, -9020809828153683647", "triad, 1, -5509534540996433901",
        "copy, 4, -3065180248042692597", "scale, 4, -7099862043819169953",
        "add, 4, 8442513922568176655", "triad, 4, 6945456872346808957"
    })
    void outputChecksumIsKnown(String kernelId, int stride, long expected) throws Exception {
        StreamKernel kernel = StreamKernel.byId(kernelId);
        long elements = MemoryWorkload.elementsFor(BUFFER_BYTES);
        try (StreamArrays direct = kernel == StreamKernel.COPY
                ? new NativeCopyArrays(elements, MemoryWorkload.SEED)
                : new HeapStreamArrays(kernel, elements, MemoryWorkload.SEED)) {
            direct.fill(0, elements);
            direct.run(0, elements, stride, 1);
            assertEquals(0, direct.countErrors(0, elements, stride));
            assertEquals(expected, direct.outputChecksum(), "interpreted, one pass");
        }
        for (int threads = 1; threads <= 2; threads++) {
            assertEquals(expected, checksumAfterWorkload(kernel, stride, threads), "compiled, threads " + threads);
        }
    }

    private long checksumAfterWorkload(StreamKernel kernel, int stride, int threads) {
        MemoryWorkload workload = new MemoryWorkload(kernel, BUFFER_BYTES, stride, threads);
        long[] checksum = new long[1];
        ModuleRun run = ModuleTestKit.forWorkload("memory", new ChecksumOnClose(workload, checksum))
                .host(HOST)
                .warmup(Duration.ZERO)
                .iterationDuration(Duration.ofMillis(20))
                .iterations(1)
                .affinity(true)
                .run();
        WorkloadResult result = run.test(workload.variant());
        assertEquals(WorkloadStatus.OK, result.status(), () -> String.valueOf(result.error()));
        return checksum[0];
    }

    /** Reads the checksum just before the workload frees its arrays. */
    private record ChecksumOnClose(MemoryWorkload workload, long[] checksum) implements io.benchctl.api.Workload {
        @Override
        public String variant() {
            return workload.variant();
        }

        @Override
        public void init(io.benchctl.api.WorkloadContext context) throws Exception {
            workload.init(context);
        }

        @Override
        public void runIteration(io.benchctl.api.WorkloadContext context, int iteration) throws Exception {
            workload.runIteration(context, iteration);
        }

        @Override
        public void cooldown(io.benchctl.api.WorkloadContext context) {}

        @Override
        public void close() throws Exception {
            checksum[0] = workload.outputChecksum();
            workload.close();
        }
    }
}
