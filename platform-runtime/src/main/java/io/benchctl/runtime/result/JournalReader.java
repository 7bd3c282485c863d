package io.benchctl.runtime.result;

import io.benchctl.api.result.BaselineComparison;
import io.benchctl.api.result.BenchctlInfo;
import io.benchctl.api.result.RunResult;
import io.benchctl.api.result.RunStatus;
import io.benchctl.api.result.WorkloadResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;

/**
 * Rebuilds a {@link RunResult} from a run's journal ({@code <runId>.jsonl}), so that a run that
 * crashed or was killed can still be reported. A journal without its {@code end} line gives
 * status {@code interrupted}; a torn last line (the kill came mid-write) is ignored.
 */
public final class JournalReader {
    private JournalReader() {}

    public static RunResult read(Path journal) throws IOException {
        if (!Files.isRegularFile(journal)) {
            throw new IOException(journal + ": no such file");
        }
        List<String> lines = Files.readAllLines(journal, StandardCharsets.UTF_8);
        JsonNode header = null;
        List<WorkloadResult> tests = new ArrayList<>();
        RunStatus status = RunStatus.INTERRUPTED;
        String finishedAt = null;
        BaselineComparison comparison = null;
        var mapper = ResultCodec.mapper();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            JsonNode line;
            try {
                line = mapper.readTree(lines.get(i));
            } catch (JacksonException e) {
                if (i == lines.size() - 1) {
                    break; // torn final line
                }
                throw new IOException(journal + ":" + (i + 1) + ": not a journal line: " + e.getOriginalMessage());
            }
            JsonNode data = line.path("data");
            try {
                switch (line.path("type").asString("")) {
                    case "run" -> header = data;
                    case "test" -> tests.add(test(journal, i + 1, data));
                    case "end" -> {
                        status = data.has("status")
                                ? mapper.treeToValue(data.get("status"), RunStatus.class)
                                : RunStatus.INTERRUPTED;
                        finishedAt = data.path("finishedAt").asString(null);
                        comparison = data.has("comparison")
                                ? mapper.treeToValue(data.get("comparison"), BaselineComparison.class)
                                : null;
                    }
                    default -> throw new IOException(journal + ":" + (i + 1) + ": unknown journal line type");
                }
            } catch (JacksonException e) {
                // a status or field no benchctl writes: say which line, not a stack trace
                throw new IOException(journal + ":" + (i + 1) + ": not a journal line: " + e.getOriginalMessage());
            }
        }
        return result(journal, header, tests, status, finishedAt, comparison);
    }

    /** The run of the journal's header line, with the workloads and the end the journal holds. */
    private static RunResult result(
            Path journal,
            JsonNode header,
            List<WorkloadResult> tests,
            RunStatus status,
            String finishedAt,
            BaselineComparison comparison)
            throws IOException {
        if (header == null) {
            throw new IOException(journal + ": not a benchctl journal (no run header line)");
        }
        var mapper = ResultCodec.mapper();
        RunResult result = new RunResult(
                header.path("schemaVersion").asString(RunResult.SCHEMA_VERSION),
                header.path("runId").asString(),
                header.path("name").asString(),
                status,
                header.path("startedAt").asString(),
                finishedAt == null ? header.path("startedAt").asString() : finishedAt,
                mapper.treeToValue(header.path("benchctl"), BenchctlInfo.class),
                header.path("hostId").asString(null),
                mapper.convertValue(header.path("host"), new TypeReference<Map<String, Object>>() {}),
                mapper.convertValue(header.path("profile"), new TypeReference<Map<String, Object>>() {}),
                List.copyOf(tests),
                comparison);
        String missing = ResultCodec.missingPart(result);
        if (missing != null) {
            throw new IOException(journal + ": not a benchctl journal: " + missing);
        }
        return result;
    }

    private static WorkloadResult test(Path journal, int lineNumber, JsonNode data) throws IOException {
        try {
            return ResultCodec.mapper().treeToValue(data, WorkloadResult.class);
        } catch (JacksonException e) {
            throw new IOException(journal + ":" + lineNumber + ": not a test result: " + ResultCodec.describe(e), e);
        }
    }
}
