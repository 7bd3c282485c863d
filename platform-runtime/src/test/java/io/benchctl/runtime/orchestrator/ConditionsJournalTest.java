package io.benchctl.runtime.orchestrator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.benchctl.api.result.BenchctlInfo;
import io.benchctl.api.result.ConditionFact;
import io.benchctl.api.result.ConditionSignal;
import io.benchctl.api.result.Conditions;
import io.benchctl.api.result.RunResult;
import io.benchctl.api.result.RunStatus;
import io.benchctl.api.result.WorkloadResult;
import io.benchctl.api.result.WorkloadStatus;
import io.benchctl.runtime.result.JournalReader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A workload's conditions block survives the journal, which is what {@code benchctl report} reads. */
class ConditionsJournalTest {
    @TempDir
    Path folder;

    @Test
    void theConditionsBlockRoundTripsThroughTheJournal() throws Exception {
        Conditions conditions = new Conditions(
                250,
                12,
                0.4,
                List.of(
                        new ConditionSignal("background-cpu", "cpus", "/proc/stat", true, null, 0.0, 0.5, 1.25),
                        ConditionSignal.unavailable(
                                "thermal-throttle", "events/s", "/sys", "this host has no thermal_throttle counters")),
                List.of(new ConditionFact("socket-buffers", "SO_SNDBUF 2,626,560 B", "network")));
        WorkloadResult watched = result("cpu/int", conditions);
        WorkloadResult older = result("cpu/float", null);
        Path file = folder.resolve("r1.jsonl");
        Journal journal = new Journal(file);
        journal.runStarted(header());
        journal.workloadFinished(watched);
        journal.workloadFinished(older);
        journal.runEnded(RunStatus.OK, "2026-12-07T20:00:02Z", null);

        List<WorkloadResult> read = JournalReader.read(file).tests();
        assertEquals(watched, read.get(0));
        assertNull(read.get(1).conditions(), "a result without the block reads back without it");
    }

    private static WorkloadResult result(String id, Conditions conditions) {
        return new WorkloadResult(
                id,
                "cpu",
                id.substring(4),
                WorkloadStatus.OK,
                null,
                List.of(),
                List.of(),
                List.of(),
                "2026-12-07T20:00:00Z",
                "2026-12-07T20:00:01Z",
                null,
                null,
                conditions);
    }

    private static Map<String, Object> header() {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("schemaVersion", RunResult.SCHEMA_VERSION);
        header.put("runId", "r1");
        header.put("name", "lab");
        header.put("startedAt", "2026-12-07T20:00:00Z");
        header.put("benchctl", new BenchctlInfo("1.0.0", "1.0", "abc", "25", List.of()));
        header.put("host", Map.of());
        header.put("profile", Map.of());
        return header;
    }
}
