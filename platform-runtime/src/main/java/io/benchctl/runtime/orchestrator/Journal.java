package io.benchctl.runtime.orchestrator;

import io.benchctl.api.result.BaselineComparison;
import io.benchctl.api.result.RunStatus;
import io.benchctl.api.result.WorkloadResult;
import io.benchctl.runtime.result.ResultCodec;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The run's journal, {@code <runId>.jsonl}: a {@code run} header line, one {@code test} line per
 * finished workload written (and forced to disk) as it ends, and an {@code end} line. A crash or
 * a kill keeps every finished workload; {@code benchctl report} rebuilds a result from it.
 *
 * <p>Written only through {@link #runStarted}, {@link #workloadFinished} (from any thread) and
 * {@link #runEnded}, which also closes the file.
 */
final class Journal implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Journal.class);

    private final Path file;
    private FileChannel channel;

    Journal(Path file) {
        this.file = file;
    }

    /** The {@code run} header line: the run's id, name, start, versions, host and profile. */
    void runStarted(Map<String, Object> header) {
        append("run", header);
    }

    /** One {@code test} line per workload, planned-and-failed, run or skipped, as it ends. */
    void workloadFinished(WorkloadResult result) {
        append("test", result);
    }

    /**
     * The {@code end} line with the run's status and, for a run with a baseline, its comparison
     * (null otherwise); the journal is then closed.
     */
    void runEnded(RunStatus status, String finishedAt, BaselineComparison comparison) {
        append("end", new End(status, finishedAt, comparison));
        close();
    }

    private record End(RunStatus status, String finishedAt, BaselineComparison comparison) {}

    private synchronized void append(String type, Object body) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("type", type);
        line.put("data", body);
        byte[] bytes = (ResultCodec.toJsonLine(line) + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            if (channel == null) {
                channel = FileChannel.open(
                        file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
            }
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(false);
        } catch (IOException e) {
            // The journal is the safety net, not the result: losing it must not fail the run.
            LOG.warn("cannot write journal {}: {}", file, e.getMessage());
        }
    }

    @Override
    public synchronized void close() {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                LOG.warn("cannot close journal {}: {}", file, e.getMessage());
            }
        }
    }
}
