package io.benchctl.plugins.disk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.benchctl.api.Workload;
import io.benchctl.api.WorkloadContext;
import io.benchctl.api.result.WarningInfo;
import io.benchctl.api.result.WorkloadResult;
import io.benchctl.api.result.WorkloadStatus;
import io.benchctl.testkit.ModuleRun;
import io.benchctl.testkit.ModuleTestKit;
import io.benchctl.testkit.RecordingRecorder;
import io.benchctl.testkit.TestSettings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Real files on the test machine's file systems: ext4 under /tmp, tmpfs at /dev/shm. */
@EnabledOnOs(
        value = OS.LINUX,
        disabledReason = "expects Linux file systems (ext4 under /tmp, tmpfs at /dev/shm) and page-cache control")
class DiskWorkloadTest {
    private static final Duration SHORT = Duration.ofMillis(150);

    @TempDir
    Path dir;

    /** Every value and latency the workloads record in their measured iterations. */
    private final RecordingRecorder recorded = new RecordingRecorder();

    @Test
    void layoutWritesExactlyFileSizeBytesOfTheExpectedContent() {
        DiskWorkload workload = workload(Map.of("patterns", List.of("seq-read"), "file_size", "3MiB"), "1MiB");
        InspectedAtClose inspected = new InspectedAtClose(workload);
        assertEquals(WorkloadStatus.OK, run(inspected).test(workload.variant()).status());

        assertEquals(3L << 20, inspected.fileBytes);
        assertEquals(expectedChecksum(0, 3L << 20), inspected.fileChecksum);
        assertEquals(List.of("benchctl.lock"), inspected.leftAfterClose, "close removes the job files");
    }

    @Test
    void directSequentialReadsOnExt4RecordThroughputIopsAndLatency() {
        DiskWorkload workload = workload(Map.of("patterns", List.of("seq-read"), "file_size", "8MiB"), "1MiB");
        ModuleRun run = run(workload);

        assertEquals(WorkloadStatus.OK, run.test(workload.variant()).status());
        assertTrue(workload.direct(), "ext4 does direct I/O");
        assertEquals(List.of(), run.workloadWarnings(workload.variant()));
        List<Double> bandwidth = recorded.values(DiskWorkload.BANDWIDTH);
        List<Double> iops = recorded.values(DiskWorkload.IOPS);
        assertEquals(2, bandwidth.size());
        for (int i = 0; i < 2; i++) {
            assertTrue(bandwidth.get(i) > 0);
            assertEquals(iops.get(i) * (1 << 20) / 1e6, bandwidth.get(i), bandwidth.get(i) * 1e-9);
        }
        assertTrue(recorded.latencyCount(DiskWorkload.LATENCIES.read()) > 0);
        assertEquals(0, recorded.latencyCount(DiskWorkload.LATENCIES.write()));
        assertEquals(0, recorded.latencyCount(DiskWorkload.LATENCIES.fsync()));
    }

    @Test
    void bufferedWritesWithFsyncEveryFlushEachWriteAndDropCachedPages() {
        DiskWorkload workload = workload(
                Map.of("patterns", List.of("rand-write"), "file_size", "4MiB", "direct", "off", "fsync", true), "4KiB");
        List<WarningInfo> warnings = run(workload).workloadWarnings(workload.variant());

        assertFalse(workload.direct());
        long writes = recorded.latencyCount(DiskWorkload.LATENCIES.write());
        assertTrue(writes > 0);
        assertEquals(writes, recorded.latencyCount(DiskWorkload.LATENCIES.fsync()));
        assertEquals(1, warnings.size(), warnings::toString);
        assertEquals("page-cache-dropped", warnings.getFirst().code());
    }

    @Test
    void mixedRandomIoFollowsTheReadShare() {
        DiskWorkload workload = workload(
                Map.of("patterns", List.of("rand-rw"), "file_size", "4MiB", "direct", "off", "read_share", 0.75),
                "4KiB");
        assertEquals(WorkloadStatus.OK, run(workload).test(workload.variant()).status());

        double reads = recorded.latencyCount(DiskWorkload.LATENCIES.read());
        double writes = recorded.latencyCount(DiskWorkload.LATENCIES.write());
        assertTrue(reads + writes > 1000, "enough I/Os to judge the share: " + (reads + writes));
        assertEquals(0.75, reads / (reads + writes), 0.05);
        assertEquals(2, recorded.values(DiskWorkload.READ_IOPS).size());
        assertEquals(2, recorded.values(DiskWorkload.WRITE_IOPS).size());
    }

    @Test
    void parallelJobsRecordEachThreadAndTheAggregate() {
        DiskWorkload workload = workload(
                Map.of("patterns", List.of("seq-write"), "file_size", "4MiB", "jobs", 2L, "direct", "off"), "64KiB");
        assertEquals(WorkloadStatus.OK, run(workload).test(workload.variant()).status());

        assertEquals(2, workload.files().size());
        for (int iteration = 0; iteration < 2; iteration++) {
            double perThreadSum = 0;
            for (int job = 0; job < 2; job++) {
                perThreadSum +=
                        recorded.values(DiskWorkload.BANDWIDTH.forThread(job)).get(iteration);
            }
            // The aggregate is all bytes over the longest job's time (as fio's group report), so
            // it is at most the sum of the jobs' own rates; a preempted job makes it smaller.
            double aggregate = recorded.values(DiskWorkload.BANDWIDTH).get(iteration);
            assertTrue(aggregate > 0 && aggregate <= perThreadSum * 1.000001, aggregate + " vs " + perThreadSum);
        }
    }

    @Test
    void directOnOnTmpfsFailsClearlyAndAutoFallsBackWithAWarning() throws Exception {
        Path shm = Path.of("/dev/shm");
        assumeTrue(Files.isDirectory(shm) && Files.getFileStore(shm).type().equals("tmpfs"), "needs tmpfs at /dev/shm");

        DiskWorkload on = workload(
                Map.of("patterns", List.of("seq-read"), "file_size", "1MiB", "direct", "on", "dir", shm.toString()),
                "1MiB");
        assertEquals(
                "direct = \"on\" cannot be honoured in /dev/shm (tmpfs): tmpfs keeps files in memory, there is"
                        + " no device for I/O to reach directly; set direct = \"auto\" to fall back to buffered I/O,"
                        + " or choose another dir",
                failure(on));

        DiskWorkload auto = workload(
                Map.of("patterns", List.of("seq-read"), "file_size", "1MiB", "direct", "auto", "dir", shm.toString()),
                "1MiB");
        List<WarningInfo> warnings = run(auto).workloadWarnings(auto.variant());
        assertFalse(auto.direct());
        assertEquals(
                new WarningInfo(
                        "direct-io-fallback",
                        "direct I/O unsupported in /dev/shm (tmpfs): tmpfs keeps files in memory,"
                                + " there is no device for I/O to reach directly; buffered fallback"),
                warnings.getFirst());
        assertEquals(2, recorded.values(DiskWorkload.BANDWIDTH).size());
    }

    @Test
    void aBlockSizeBelowTheDirectIoAlignmentFailsWithOnAndFallsBackWithAuto() {
        DiskWorkload on =
                workload(Map.of("patterns", List.of("rand-read"), "file_size", "1MiB", "direct", "on"), "512B");
        String refused = failure(on);
        assertTrue(
                refused.contains(": the block size 512B is not a multiple of the file system's"
                        + " direct-I/O alignment of 4096 bytes;"),
                refused);

        DiskWorkload auto = workload(Map.of("patterns", List.of("rand-read"), "file_size", "1MiB"), "512B");
        List<WarningInfo> warnings = run(auto).workloadWarnings(auto.variant());
        assertFalse(auto.direct());
        assertEquals("direct-io-fallback", warnings.getFirst().code(), warnings::toString);
    }

    @Test
    void aQuotaTooSmallIsRefusedBeforeAnyWrite() {
        DiskWorkload workload = workload(
                Map.of("patterns", List.of("seq-write"), "file_size", "8MiB", "jobs", 2L, "quota", "8MiB"), "1MiB");
        assertEquals(
                "refusing to write 16.0 MiB under " + dir + ": more than the quota of 8.00 MiB; nothing was written",
                failure(workload));
        assertEquals(List.of(), list(dir));
    }

    @Test
    void aMissingDirGivesAClearError() {
        DiskWorkload workload = workload(
                Map.of(
                        "patterns",
                        List.of("seq-write"),
                        "file_size",
                        "1MiB",
                        "dir",
                        dir.resolve("missing").toString()),
                "1MiB");
        assertEquals("scratch dir " + dir.resolve("missing") + " does not exist", failure(workload));
    }

    private DiskWorkload workload(Map<String, Object> overrides, String blockSize) {
        Map<String, Object> settings = new HashMap<>(Map.of("dir", dir.toString(), "block_sizes", List.of(blockSize)));
        settings.putAll(overrides);
        DiskModule module = new DiskModule();
        return (DiskWorkload)
                module.plan(TestSettings.merged(module.defaults(DiskModuleTest.HOST), settings), DiskModuleTest.HOST)
                        .getFirst();
    }

    /** Runs one workload through the runtime's driver: a short warmup and 2 iterations. */
    private ModuleRun run(Workload workload) {
        return ModuleTestKit.forWorkload("disk", workload)
                .host(DiskModuleTest.HOST)
                .warmup(SHORT)
                .iterationDuration(SHORT)
                .iterations(2)
                .observe(recorded)
                .run();
    }

    /** Runs a workload that must fail, and returns the runtime's message for it. */
    private String failure(DiskWorkload workload) {
        WorkloadResult result = run(workload).test(workload.variant());
        assertEquals(WorkloadStatus.FAILED, result.status());
        return result.error().message();
    }

    /** Reads the job file and the scratch folder at close: the folder is gone after the run. */
    private static final class InspectedAtClose implements Workload {
        private final DiskWorkload workload;
        long fileBytes;
        long fileChecksum;
        List<String> leftAfterClose;

        InspectedAtClose(DiskWorkload workload) {
            this.workload = workload;
        }

        @Override
        public String variant() {
            return workload.variant();
        }

        @Override
        public void init(WorkloadContext context) throws Exception {
            workload.init(context);
        }

        @Override
        public void warmup(WorkloadContext context) throws Exception {
            workload.warmup(context);
        }

        @Override
        public void runIteration(WorkloadContext context, int iteration) throws Exception {
            workload.runIteration(context, iteration);
        }

        @Override
        public void cooldown(WorkloadContext context) throws Exception {
            workload.cooldown(context);
        }

        @Override
        public void close() throws Exception {
            Path file = workload.files().getFirst();
            fileBytes = Files.size(file);
            fileChecksum = checksum(file);
            workload.close();
            leftAfterClose = list(file.getParent());
        }
    }

    static long expectedChecksum(long job, long fileBytes) {
        FileContent content = new FileContent(job);
        ByteBuffer chunk = ByteBuffer.allocate(1 << 20);
        CRC32C crc = new CRC32C();
        for (long offset = 0; offset < fileBytes; offset += chunk.capacity()) {
            content.fill(chunk.clear(), offset);
            crc.update(chunk);
        }
        return crc.getValue();
    }

    static long checksum(Path file) throws IOException {
        CRC32C crc = new CRC32C();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                crc.update(buffer, 0, n);
            }
        }
        return crc.getValue();
    }

    private static List<String> list(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
