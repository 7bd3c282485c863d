package io.benchctl.runtime.orchestrator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.benchctl.api.report.Phase;
import io.benchctl.api.result.BenchctlInfo;
import io.benchctl.api.result.ErrorCode;
import io.benchctl.api.result.ErrorInfo;
import io.benchctl.api.result.RunResult;
import io.benchctl.api.result.RunStatus;
import io.benchctl.api.result.WorkloadResult;
import io.benchctl.api.result.WorkloadStatus;
import io.benchctl.runtime.result.JournalReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalTest {
    @TempDir
    Path folder;

    @Test
    void writesARunLineATestLinePerWorkloadAndAnEndLineThatReadBackAsTheResult() throws IOException {
        Path file = folder.resolve("r1.jsonl");
        Journal journal = new Journal(file);
        journal.runStarted(header());
        WorkloadResult skipped = new WorkloadResult(
                "cpu/int",
                "cpu",
                "int",
                WorkloadStatus.SKIPPED,
                new ErrorInfo(ErrorCode.INTERRUPTED, Phase.PENDING, "not started: the run was interrupted"),
                List.of(),
                List.of(),
                List.of(),
                "2026-11-29T16:38:01Z",
                "2026-11-29T16:38:01Z");
        journal.workloadFinished(skipped);
        journal.runEnded(RunStatus.INTERRUPTED, "2026-11-29T16:38:02Z", null);

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals(3, lines.size(), lines::toString);
        assertTrue(lines.get(0)
                .startsWith("{\"type\":\"run\",\"data\":{\"schemaVersion\":\"" + RunResult.SCHEMA_VERSION
                        + "\",\"runId\":\"r1\""));
        assertTrue(lines.get(1).startsWith("{\"type\":\"test\",\"data\":{\"id\":\"cpu/int\""), lines.get(1));
        assertTrue(lines.get(1).contains("\"status\":\"skipped\""), lines.get(1));
        assertEquals(
                "{\"type\":\"end\",\"data\":{\"status\":\"interrupted\",\"finishedAt\":\"2026-11-29T16:38:02Z\"}}",
                lines.get(2));

        RunResult read = JournalReader.read(file);
        assertEquals(RunStatus.INTERRUPTED, read.status());
        assertEquals(List.of(skipped), read.tests());
        assertEquals("2026-11-29T16:38:02Z", read.finishedAt());
    }

    @Test
    void theHostIdOfTheHeaderIsTheResultsAndAnOlderJournalHasNone() throws IOException {
        Map<String, Object> named = header();
        named.put("hostId", "node-7.lab");
        Path withId = folder.resolve("r1.jsonl");
        Journal journal = new Journal(withId);
        journal.runStarted(named);
        journal.runEnded(RunStatus.OK, "2026-11-29T16:38:02Z", null);
        assertEquals("node-7.lab", JournalReader.read(withId).hostId());

        Path older = folder.resolve("r0.jsonl");
        Journal old = new Journal(older);
        old.runStarted(header());
        old.runEnded(RunStatus.OK, "2026-11-29T16:38:02Z", null);
        assertNull(JournalReader.read(older).hostId());
    }

    private static Map<String, Object> header() {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("schemaVersion", RunResult.SCHEMA_VERSION);
        header.put("runId", "r1");
        header.put("name", "lab");
        header.put("startedAt", "2026-11-29T16:38:00Z");
        header.put("benchctl", new BenchctlInfo("1.0.0", "1.0", "abc", "25", List.of()));
        header.put("host", Map.of());
        header.put("profile", Map.of());
        return header;
    }
}
