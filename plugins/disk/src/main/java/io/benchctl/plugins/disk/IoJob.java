package io.benchctl.plugins.disk;

import io.benchctl.api.CancellationToken;
import io.benchctl.api.Metric;
import io.benchctl.api.Recorder;
import io.benchctl.api.platform.IoChannel;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One job: a thread's loop of positional reads and writes on its own file, one I/O outstanding at
 * a time (fio's {@code psync} engine at iodepth 1). Each I/O is timed alone, so its latency is the
 * completion latency fio calls {@code clat}.
 */
final class IoJob {
    /** The metrics a job records into; the fsync latency only when writes are flushed. */
    record LatencyMetrics(Metric read, Metric write, Metric fsync) {}

    /** What one timed run moved. */
    record Tally(long reads, long writes, long bytes, long elapsedNanos) {
        long ops() {
            return reads + writes;
        }
    }

    private final IoChannel channel;
    private final ByteBuffer block;
    private static final int SECTOR_BYTES = 512;

    private final long blockBytes;
    private final long blockCount;
    private final boolean sequential;
    private final double readShare;
    private final FsyncMode fsync;
    private final SplittableRandom readOrWrite;
    private final RandomBlockOrder randomBlocks;
    private final AtomicLong bytesMoved = new AtomicLong();
    private long nextSequentialBlock;
    private long writesIssued;

    /**
     * @param block an aligned buffer of exactly one block, already holding data to write
     * @param fileBytes the file's size, a multiple of the block's size
     */
    IoJob(
            IoChannel channel,
            ByteBuffer block,
            long fileBytes,
            AccessPattern pattern,
            double readShare,
            FsyncMode fsync,
            long seed) {
        this.channel = channel;
        this.block = block;
        this.blockBytes = block.capacity();
        this.blockCount = fileBytes / blockBytes;
        this.sequential = pattern.sequential();
        this.readShare = pattern.readShare(readShare);
        this.fsync = fsync;
        this.readOrWrite = new SplittableRandom(seed);
        this.randomBlocks = new RandomBlockOrder(blockCount, seed);
    }

    /** Bytes moved so far, for live progress; read from any thread. */
    long bytesMoved() {
        return bytesMoved.get();
    }

    /** Runs I/O for {@code durationNanos} (or until cancelled); called by one thread at a time. */
    Tally run(long durationNanos, CancellationToken cancellation, Recorder recorder, LatencyMetrics metrics)
            throws IOException {
        long reads = 0;
        long writes = 0;
        long startNanos = System.nanoTime();
        long deadlineNanos = startNanos + durationNanos;
        long nowNanos = startNanos;
        while (nowNanos < deadlineNanos && !cancellation.isCancelled()) {
            long offset = nextBlock() * blockBytes;
            boolean read = readShare >= 1 || (readShare > 0 && readOrWrite.nextDouble() < readShare);
            long issuedNanos = System.nanoTime();
            if (read) {
                readBlock(offset);
            } else {
                writeBlock(offset);
            }
            nowNanos = System.nanoTime();
            if (read) {
                recorder.recordLatencyNanos(metrics.read(), nowNanos - issuedNanos);
                reads++;
            } else {
                recorder.recordLatencyNanos(metrics.write(), nowNanos - issuedNanos);
                writes++;
                if (fsync == FsyncMode.EVERY) {
                    nowNanos = flush(recorder, metrics, nowNanos);
                }
            }
            bytesMoved.lazySet(bytesMoved.get() + blockBytes);
        }
        if (fsync == FsyncMode.END && writes > 0) {
            nowNanos = flush(recorder, metrics, nowNanos);
        }
        return new Tally(reads, writes, (reads + writes) * blockBytes, nowNanos - startNanos);
    }

    private long nextBlock() {
        if (!sequential) {
            return randomBlocks.next();
        }
        long next = nextSequentialBlock;
        nextSequentialBlock = (next + 1) % blockCount;
        return next;
    }

    private void readBlock(long offset) throws IOException {
        block.clear();
        while (block.hasRemaining()) {
            if (channel.read(block, offset + block.position()) < 0) {
                throw new EOFException("the test file ended at " + (offset + block.position())
                        + " bytes: it was truncated while the workload ran");
            }
        }
    }

    private void writeBlock(long offset) throws IOException {
        // A new word at the start of every 512-byte sector of every write, as fio's scramble_buffers.
        // Storage that deduplicates sees repeated sectors otherwise: on this VM's disk, fio with
        // scramble_buffers=0 writes 1 MiB direct blocks 1.2-1.3x faster, and so did benchctl when it
        // changed only the first word of a block.
        long stamp = ++writesIssued ^ offset;
        block.clear();
        for (int at = 0; at + Long.BYTES <= blockBytes; at += SECTOR_BYTES) {
            block.putLong(at, stamp + at);
        }
        while (block.hasRemaining()) {
            channel.write(block, offset + block.position());
        }
    }

    private long flush(Recorder recorder, LatencyMetrics metrics, long startNanos) throws IOException {
        channel.sync();
        long endNanos = System.nanoTime();
        recorder.recordLatencyNanos(metrics.fsync(), endNanos - startNanos);
        return endNanos;
    }
}
