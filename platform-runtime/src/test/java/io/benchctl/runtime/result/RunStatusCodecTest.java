package io.benchctl.runtime.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.benchctl.api.result.RunResult;
import io.benchctl.api.result.RunStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run status on disk: the lower-case strings results and journals have always held. */
class RunStatusCodecTest {
    private static final String HEADER = "{\"type\":\"run\",\"data\":{\"schemaVersion\":\"1.0.0\",\"runId\":\"r1\","
            + "\"name\":\"lab\",\"startedAt\":\"2026-11-29T16:38:00Z\",\"benchctl\":{\"version\":\"1.0.0\","
            + "\"apiVersion\":\"1.0\",\"gitCommit\":\"abc\",\"javaVersion\":\"25\",\"plugins\":[]},"
            + "\"host\":{},\"profile\":{}}}\n";

    @TempDir
    Path folder;

    @Test
    void eachStatusIsWrittenAndReadInLowerCaseWithItsExitCode() throws IOException {
        for (RunStatus status : RunStatus.values()) {
            Path journal = journal(
                    status + ".jsonl",
                    HEADER + "{\"type\":\"end\",\"data\":{\"status\":\""
                            + status.name().toLowerCase() + "\",\"finishedAt\":\"2026-11-29T16:41:12Z\"}}\n");
            RunResult result = JournalReader.read(journal);
            assertEquals(status, result.status());
            String json = new String(ResultCodec.toJson(result), StandardCharsets.UTF_8);
            assertTrue(json.contains("\"status\" : \"" + status.name().toLowerCase() + "\""), json);
            Path file = Files.write(folder.resolve(status + ".json"), ResultCodec.toJson(result));
            assertEquals(status, ResultCodec.read(file).status());
        }
        assertEquals(0, RunStatus.OK.exitCode());
        assertEquals(1, RunStatus.FAILED.exitCode());
        assertEquals(130, RunStatus.INTERRUPTED.exitCode());
    }

    @Test
    void anOlderJournalWithTheEndKeysTheOtherWayRoundReadsTheSame() throws IOException {
        Path journal = journal(
                "old.jsonl",
                HEADER
                        + "{\"type\":\"end\",\"data\":{\"finishedAt\":\"2026-11-29T16:41:12Z\",\"status\":\"failed\"}}\n");
        RunResult result = JournalReader.read(journal);
        assertEquals(RunStatus.FAILED, result.status());
        assertEquals("2026-11-29T16:41:12Z", result.finishedAt());
    }

    @Test
    void aJournalWithoutItsEndLineIsInterrupted() throws IOException {
        assertEquals(
                RunStatus.INTERRUPTED,
                JournalReader.read(journal("killed.jsonl", HEADER)).status());
    }

    @Test
    void aStatusNoBenchctlWritesIsAnErrorNamingTheLine() throws IOException {
        Path journal = journal("odd.jsonl", HEADER + "{\"type\":\"end\",\"data\":{\"status\":\"exploded\"}}\n");
        IOException error = assertThrows(IOException.class, () -> JournalReader.read(journal));
        assertTrue(error.getMessage().startsWith(journal + ":2: not a journal line: "), error.getMessage());
        assertTrue(error.getMessage().contains("exploded"), error.getMessage());
    }

    private Path journal(String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text);
    }
}
