package io.benchctl.runtime.scratch;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * A stand-in for a benchctl run in the middle of a disk workload, started as a real process by
 * {@link ScratchSignalTest}: it allocates scratch space, registers the release as a shutdown hook
 * (as the CLI does), prints {@code WRITING <folder>} once data is on disk, then keeps rewriting
 * its file until it is signalled or {@link #MAX_RUNTIME} passes.
 *
 * <p>Arguments: {@code <parentDir> <runId>}.
 */
public final class ScratchWriterMain {
    private static final Duration MAX_RUNTIME = Duration.ofSeconds(60);
    private static final int BLOCK_BYTES = 1 << 20;
    private static final long FILE_BYTES = 16L << 20;

    private ScratchWriterMain() {}

    public static void main(String[] args) throws IOException {
        ScratchManager scratch =
                new ScratchManager(args[1], (code, message) -> System.err.println(code + ": " + message));
        Runtime.getRuntime().addShutdownHook(new Thread(scratch::close, "scratch-release"));
        Path folder = scratch.allocate(Path.of(args[0]), FILE_BYTES, 1L << 30);
        ByteBuffer block = ByteBuffer.allocateDirect(BLOCK_BYTES);
        long deadlineNanos = System.nanoTime() + MAX_RUNTIME.toNanos();
        try (FileChannel file =
                FileChannel.open(folder.resolve("data"), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            for (long offset = 0; System.nanoTime() < deadlineNanos; offset = (offset + BLOCK_BYTES) % FILE_BYTES) {
                file.write(block.clear(), offset);
                if (offset == 0) {
                    file.force(false);
                    System.out.println("WRITING " + folder);
                    System.out.flush();
                }
            }
        }
        System.exit(3);
    }
}
