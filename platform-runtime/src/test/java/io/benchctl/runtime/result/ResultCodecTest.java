package io.benchctl.runtime.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.benchctl.api.report.Phase;
import io.benchctl.api.result.ErrorCode;
import io.benchctl.api.result.ErrorInfo;
import io.benchctl.api.result.RunResult;
import io.benchctl.api.result.WorkloadStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Error codes and phases in result files and journals: typed in Java, the 1.0.0 spelling on disk. */
class ResultCodecTest {
    @TempDir
    Path dir;

    /** A result as schema 1.0.0 wrote it: one workload that timed out in its run step. */
    private static String resultWith(String code, String phase) {
        return """
                {"schemaVersion": "1.0.0", "runId": "r1", "name": "lab", "status": "failed",
                 "startedAt": "2026-01-01T00:00:00Z", "finishedAt": "2026-01-01T00:00:01Z",
                 "benchctl": {"version": "0.1.0", "apiVersion": "1.0.0", "gitCommit": "", "javaVersion": "25",
                              "plugins": []},
                 "host": {}, "profile": {"run": {}},
                 "tests": [%s]}
                """.formatted(testWith(code, phase));
    }

    private static String testWith(String code, String phase) {
        return """
                {"id": "disk/seq", "module": "disk", "variant": "seq", "status": "failed",
                 "error": {"code": "%s", "phase": "%s", "message": "the run step did not finish within 7s"},
                 "warnings": [], "metrics": [], "pinnedCpus": [],
                 "startedAt": "2026-01-01T00:00:00Z", "finishedAt": "2026-01-01T00:00:01Z"}""".formatted(code, phase);
    }

    @Test
    void aVersion1_0_0FileReadsIntoTypedCodesAndWritesTheSameWords() throws IOException {
        Path file = Files.writeString(dir.resolve("old.json"), resultWith("no-metrics", "run"));

        RunResult result = ResultCodec.read(file);

        ErrorInfo error = result.tests().getFirst().error();
        assertEquals(WorkloadStatus.FAILED, result.tests().getFirst().status());
        assertEquals(ErrorCode.NO_METRICS, error.code());
        assertEquals(Phase.RUNNING, error.phase());
        String written = ResultCodec.toJsonLine(result.tests().getFirst());
        assertTrue(written.contains("\"error\":{\"code\":\"no-metrics\",\"phase\":\"run\",\"message\":"), written);
        assertTrue(written.contains("\"status\":\"failed\""), written);
    }

    @Test
    void everyCodeAndPhaseSurvivesARoundTripThroughAFile() throws IOException {
        for (ErrorCode code : ErrorCode.values()) {
            for (Phase phase : Phase.values()) {
                Path file = Files.writeString(dir.resolve("r.json"), resultWith(code.id(), phase.id()));
                RunResult read = ResultCodec.read(file);
                Files.write(file, ResultCodec.toJson(read));
                ErrorInfo again = ResultCodec.read(file).tests().getFirst().error();
                assertEquals(code, again.code());
                assertEquals(phase, again.phase());
            }
        }
    }

    @Test
    void anUnknownCodeIsAnErrorNamingTheFileThePlaceAndTheValue() throws IOException {
        Path file = Files.writeString(dir.resolve("foreign.json"), resultWith("unreachable", "init"));

        IOException e = assertThrows(IOException.class, () -> ResultCodec.read(file));

        assertEquals(
                file + ": not a benchctl result: tests[0].error.code: unknown error code 'unreachable' (known: "
                        + "exception, timeout, interrupted, skipped, no-metrics)",
                e.getMessage());
    }

    @Test
    void anUnknownPhaseOrAMissingCodeIsAnError() throws IOException {
        Path running = Files.writeString(dir.resolve("running.json"), resultWith("timeout", "running"));
        assertTrue(assertThrows(IOException.class, () -> ResultCodec.read(running))
                .getMessage()
                .contains("tests[0].error.phase: unknown phase 'running'"));

        Path noCode = Files.writeString(
                dir.resolve("no-code.json"), resultWith("timeout", "run").replace("\"code\": \"timeout\", ", ""));
        assertEquals(
                noCode + ": not a benchctl result: tests[0].error lacks one of code, phase, message",
                assertThrows(IOException.class, () -> ResultCodec.read(noCode)).getMessage());
    }

    @Test
    void aJournalLineWithAnUnknownCodeIsAnErrorNamingTheLine() throws IOException {
        String header = "{\"type\":\"run\",\"data\":{\"runId\":\"r1\",\"name\":\"lab\","
                + "\"startedAt\":\"2026-01-01T00:00:00Z\",\"benchctl\":{\"version\":\"0.1.0\",\"plugins\":[]}}}";
        String good =
                "{\"type\":\"test\",\"data\":" + testWith("timeout", "run").replace("\n", "") + "}";
        String bad = "{\"type\":\"test\",\"data\":" + testWith("oom", "run").replace("\n", "") + "}";
        Path journal = Files.write(dir.resolve("r1.jsonl"), List.of(header, good, bad, good));

        IOException e = assertThrows(IOException.class, () -> JournalReader.read(journal));

        assertTrue(
                e.getMessage().startsWith(journal + ":3: not a test result: error.code: unknown error code 'oom'"),
                e.getMessage());
        Files.write(journal, List.of(header, good));
        assertEquals(
                ErrorCode.TIMEOUT,
                JournalReader.read(journal).tests().getFirst().error().code());
    }
}
