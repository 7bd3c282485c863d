package io.benchctl.plugins.disk;

import io.benchctl.api.Better;
import io.benchctl.api.Metric;
import io.benchctl.api.Recorder;
import io.benchctl.api.Workload;
import io.benchctl.api.WorkloadContext;
import io.benchctl.api.format.UnitText;
import io.benchctl.api.platform.AccessHint;
import io.benchctl.api.platform.IoChannel;
import io.benchctl.api.platform.PageCache;
import io.benchctl.kit.workers.JobThreads;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One access pattern at one block size: {@code jobs} files laid out in the run's scratch folder,
 * then timed runs of {@link IoJob}s, one platform thread each.
 */
final class DiskWorkload implements Workload {
    static final Metric BANDWIDTH = Metric.of("bandwidth", "MB/s", Better.HIGHER);
    static final Metric IOPS = Metric.of("iops", "ops/s", Better.HIGHER);
    static final Metric READ_IOPS = Metric.of("read_iops", "ops/s", Better.HIGHER);
    static final Metric WRITE_IOPS = Metric.of("write_iops", "ops/s", Better.HIGHER);
    static final IoJob.LatencyMetrics LATENCIES = new IoJob.LatencyMetrics(
            Metric.of("read_latency", "ns", Better.LOWER),
            Metric.of("write_latency", "ns", Better.LOWER),
            Metric.of("fsync_latency", "ns", Better.LOWER));

    private static final int LAYOUT_CHUNK_BYTES = 1 << 20;
    private static final long PROGRESS_INTERVAL_MILLIS = 250;

    private final DiskSettings settings;
    private final AccessPattern pattern;
    private final long blockBytes;
    private final List<Path> files = new ArrayList<>();
    private final List<IoChannel> channels = new ArrayList<>();
    private final List<IoJob> jobs = new ArrayList<>();
    private Arena arena;
    private boolean direct;
    private boolean pageCacheWarned;

    DiskWorkload(DiskSettings settings, AccessPattern pattern, long blockBytes) {
        this.settings = settings;
        this.pattern = pattern;
        this.blockBytes = blockBytes;
    }

    @Override
    public String variant() {
        return pattern.id() + "/" + UnitText.exactBytes(blockBytes);
    }

    /** Whether I/O bypasses the page cache; known after {@link #init}. */
    boolean direct() {
        return direct;
    }

    /** Each job's file, laid out by {@link #init}. */
    List<Path> files() {
        return List.copyOf(files);
    }

    @Override
    public void init(WorkloadContext context) throws IOException {
        Path folder = context.scratch().allocate(settings.dir(), settings.totalFileBytes(), settings.quotaBytes());
        DirectIo.Decision decision =
                DirectIo.decide(settings.direct(), context.platform().files(), folder, blockBytes, context::warn);
        direct = decision.direct();
        arena = Arena.ofShared();
        ByteBuffer layoutChunk = alignedBuffer(Math.min(LAYOUT_CHUNK_BYTES, settings.fileBytes()), decision);
        for (int job = 0; job < settings.jobs(); job++) {
            Path file = folder.resolve(pattern.id() + "-" + UnitText.exactBytes(blockBytes) + "-job" + job + ".dat");
            files.add(file);
            IoChannel channel = context.platform().files().create(file, direct);
            channels.add(channel);
            if (!direct) {
                adviseAccess(context, channel);
            }
            FileContent content = new FileContent(job);
            layOut(context, channel, content, layoutChunk);
            ByteBuffer block = alignedBuffer(blockBytes, decision);
            content.fill(block, 0);
            // A fixed seed per job: every run of this workload visits the same offsets.
            long seed = 31L * job + blockBytes;
            jobs.add(new IoJob(
                    channel,
                    block.clear(),
                    settings.fileBytes(),
                    pattern,
                    settings.readShare(),
                    settings.fsync(),
                    seed));
        }
    }

    @Override
    public void warmup(WorkloadContext context) throws Exception {
        runJobs(context, context.warmupDuration());
    }

    @Override
    public void runIteration(WorkloadContext context, int iteration) throws Exception {
        List<IoJob.Tally> tallies = runJobs(context, context.iterationDuration());
        record(context.recorder(), tallies);
    }

    /** Closes and deletes the files (the runtime removes the folder) and frees the buffers. */
    @Override
    public void close() throws IOException {
        IOException failure = null;
        for (IoChannel channel : channels) {
            try {
                channel.close();
            } catch (IOException e) {
                failure = e;
            }
        }
        try {
            for (Path file : files) {
                Files.deleteIfExists(file);
            }
        } finally {
            if (arena != null) {
                arena.close();
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /**
     * Page-aligned (or more, for direct I/O) native memory: buffered reads into a 16-byte-aligned
     * heap array run 3.5x slower (docs/measurement.md, buffer alignment).
     */
    private ByteBuffer alignedBuffer(long bytes, DirectIo.Decision decision) {
        return arena.allocate(bytes, decision.alignmentBytes()).asByteBuffer();
    }

    /** Writes the whole file before anything is measured, then makes it durable. */
    private void layOut(WorkloadContext context, IoChannel channel, FileContent content, ByteBuffer chunk)
            throws IOException {
        for (long offset = 0; offset < settings.fileBytes(); offset += chunk.limit()) {
            context.cancellation().throwIfCancelled();
            chunk.clear().limit((int) Math.min(chunk.capacity(), settings.fileBytes() - offset));
            content.fill(chunk, offset);
            while (chunk.hasRemaining()) {
                channel.write(chunk, offset + chunk.position());
            }
        }
        channel.sync();
    }

    private List<IoJob.Tally> runJobs(WorkloadContext context, Duration duration) throws Exception {
        if (!direct) {
            dropPageCache(context);
        }
        Recorder recorder = context.recorder();
        JobThreads<IoJob.Tally> threads = new JobThreads<>("disk-" + variant());
        for (int index = 0; index < jobs.size(); index++) {
            IoJob job = jobs.get(index);
            int threadIndex = index;
            threads.start(() -> {
                context.affinity().pinCurrentThread(threadIndex);
                return job.run(duration.toNanos(), context.cancellation(), recorder, LATENCIES);
            });
        }
        long startNanos = System.nanoTime();
        return threads.awaitAll(PROGRESS_INTERVAL_MILLIS, () -> {
            double elapsedSeconds = (System.nanoTime() - startNanos) / 1e9;
            long bytes = jobs.stream().mapToLong(IoJob::bytesMoved).sum();
            context.progress()
                    .update(
                            Math.min(1, elapsedSeconds / (duration.toNanos() / 1e9)),
                            String.format(Locale.ROOT, "%.0f MB/s", bytes / 1e6 / Math.max(elapsedSeconds, 1e-9)));
        });
    }

    /** A failure is a warning of its own; a layer without the hint records page-cache-unavailable. */
    private void adviseAccess(WorkloadContext context, IoChannel channel) {
        AccessHint hint = pattern.sequential() ? AccessHint.SEQUENTIAL : AccessHint.RANDOM;
        try {
            context.platform().pageCache().advise(channel, hint);
        } catch (IOException e) {
            context.warn(
                    "readahead-hint-failed",
                    "could not advise the kernel of the " + hint.name().toLowerCase(Locale.ROOT) + " access to "
                            + channel.path() + " (" + e.getMessage() + "): readahead may differ from fio's");
        }
    }

    /** Buffered I/O would otherwise start from pages the layout or an earlier run left in memory. */
    private void dropPageCache(WorkloadContext context) {
        PageCache pageCache = context.platform().pageCache();
        boolean dropped = true;
        for (Path file : files) {
            String failure;
            try {
                dropped &= pageCache.evict(file);
                // The residency hook checks that the eviction held, where the layer can tell.
                double resident = dropped ? pageCache.residentFraction(file).orElse(0) : 0;
                failure = resident > 0
                        ? String.format(
                                Locale.ROOT, "%.1f %% of its pages still resident after eviction", resident * 100)
                        : null;
            } catch (IOException e) {
                failure = e.getMessage();
            }
            if (failure != null) {
                warnOnce(
                        context,
                        "page-cache-warm",
                        "could not drop cached pages of " + file + " (" + failure
                                + "): buffered I/O may be served from memory");
                return;
            }
        }
        if (dropped) {
            warnOnce(
                    context,
                    "page-cache-dropped",
                    "buffered I/O: the files' cached pages were dropped before warmup and each iteration" + " ("
                            + context.platform().name() + " platform layer), so each starts from a cold cache");
        }
    }

    private void warnOnce(WorkloadContext context, String code, String message) {
        if (!pageCacheWarned) {
            context.warn(code, message);
            pageCacheWarned = true;
        }
    }

    private void record(Recorder recorder, List<IoJob.Tally> tallies) {
        long bytes = 0;
        long reads = 0;
        long writes = 0;
        long longestNanos = 1;
        for (int job = 0; job < tallies.size(); job++) {
            IoJob.Tally tally = tallies.get(job);
            bytes += tally.bytes();
            reads += tally.reads();
            writes += tally.writes();
            longestNanos = Math.max(longestNanos, tally.elapsedNanos());
            if (tallies.size() > 1) {
                double seconds = Math.max(tally.elapsedNanos(), 1) / 1e9;
                recorder.recordValue(BANDWIDTH.forThread(job), tally.bytes() / 1e6 / seconds);
                recorder.recordValue(IOPS.forThread(job), tally.ops() / seconds);
            }
        }
        double seconds = longestNanos / 1e9;
        recorder.recordValue(BANDWIDTH, bytes / 1e6 / seconds);
        recorder.recordValue(IOPS, (reads + writes) / seconds);
        if (pattern == AccessPattern.RAND_RW) {
            recorder.recordValue(READ_IOPS, reads / seconds);
            recorder.recordValue(WRITE_IOPS, writes / seconds);
        }
    }
}
