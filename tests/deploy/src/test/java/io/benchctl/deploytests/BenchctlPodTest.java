package io.benchctl.deploytests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * deploy/kubernetes/benchctl-pod.sh, the manifests' entry point, run for real with this build's
 * benchctl: the pod's log (its stdout and stderr) is exactly one JSON document, the run's own
 * result, whether the workloads passed or failed, and the exit code is benchctl's.
 */
class BenchctlPodTest {
    static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path temp;

    /** Every JSON document in {@code text}, in order; fails on anything that is not JSON. */
    static List<JsonNode> jsonDocuments(String text) {
        List<JsonNode> documents = new ArrayList<>();
        try (var values = JSON.readerFor(JsonNode.class).readValues(text)) {
            values.forEachRemaining(d -> documents.add((JsonNode) d));
        }
        return documents;
    }

    @Test
    void aPassingRunPrintsItsOwnResultOnceAndTheConsoleBecomesTheTerminationMessage() throws Exception {
        Path results = temp.resolve("run");
        Path termination = Files.createFile(temp.resolve("termination-log"));
        Repo.Finished pod = PodRuns.run(
                results,
                Map.of("BENCHCTL_TERMINATION_LOG", termination.toString()),
                List.of(
                        "run",
                        "--profile",
                        PodRuns.passingProfile(temp).toString(),
                        "--host-id",
                        "node-a",
                        "--output",
                        results.toString(),
                        "--reporters",
                        "json",
                        "--no-tui"));
        assertEquals(0, pod.exitCode(), pod.err());
        assertEquals("", pod.err(), "nothing but the result in the log");
        List<JsonNode> log = jsonDocuments(pod.out());
        assertEquals(1, log.size(), "one JSON document, not latest.json as well");
        JsonNode result = log.getFirst();
        assertEquals("node-a", result.get("hostId").asString());
        assertEquals(
                Files.readString(results.resolve(result.get("runId").asString() + ".json")),
                pod.out(),
                "the run's own result file, byte for byte");
        assertTrue(
                Files.readString(termination)
                        .contains("run " + result.get("runId").asString()),
                Files.readString(termination));
    }

    @Test
    void aFailedWorkloadStillPrintsItsResultAndExitsOne() throws Exception {
        Path results = temp.resolve("run");
        Repo.Finished pod = PodRuns.runAs("node-f", PodRuns.failingProfile(temp), results);
        assertEquals(1, pod.exitCode(), pod.err());
        List<JsonNode> log = jsonDocuments(pod.out());
        assertEquals(1, log.size(), pod.out());
        assertEquals("node-f", log.getFirst().get("hostId").asString());
        assertEquals("failed", log.getFirst().get("status").asString());
    }

    @Test
    void aRunThatWroteNoResultPrintsWhyAndKeepsBenchctlsExitCode() throws Exception {
        Path results = temp.resolve("run");
        Repo.Finished pod = PodRuns.runAs("node-u", temp.resolve("missing.toml"), results);
        assertEquals(2, pod.exitCode(), pod.out() + pod.err());
        assertEquals("", pod.out(), "no result, so nothing that looks like one");
        assertTrue(pod.err().contains("missing.toml"), "benchctl's own error: " + pod.err());
        assertTrue(pod.err().contains("benchctl exited 2 and wrote no result"), pod.err());
    }

    @Test
    void aFolderThatIsNotEmptyIsRefusedBeforeRunning() throws Exception {
        Path results = Files.createDirectories(temp.resolve("run"));
        Files.writeString(results.resolve("20250101T000000Z-old-0000.json"), "{}");
        Repo.Finished pod = PodRuns.runAs("node-a", PodRuns.passingProfile(temp), results);
        assertEquals(2, pod.exitCode(), pod.err());
        assertEquals("", pod.out());
        assertTrue(pod.err().contains("is not empty"), pod.err());
        try (Stream<Path> files = Files.list(results)) {
            assertEquals(1, files.count(), "nothing ran");
        }
    }
}
