package io.benchctl.deploytests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * deploy/kubernetes/collect.sh from the point where the pods' logs are fetched on: real pod logs
 * (benchctl-pod runs of this build, one per "node") in a folder, as {@code --job} saves them,
 * through {@code --from}, the same code that follows the fetch. Fetching itself (kubectl wait,
 * get, logs) needs a cluster; docs/fleets.md says how to see it there.
 */
class CollectScriptTest {
    static final Path SCRIPT = Repo.ROOT.resolve("deploy/kubernetes/collect.sh");

    @TempDir
    static Path pods;

    /** Pod logs of a fleet: three passing nodes, one whose workload failed, one with no result. */
    static Path logs;

    @BeforeAll
    static void runTheFleetsPods() throws Exception {
        requireTool("jq");
        logs = Files.createDirectories(pods.resolve("logs"));
        Path pass = PodRuns.passingProfile(pods);
        for (String node : List.of("node-a", "node-b", "node-c")) {
            savePod("benchctl-fleet-" + node, PodRuns.runAs(node, pass, pods.resolve(node)));
        }
        savePod("benchctl-fleet-node-f", PodRuns.runAs("node-f", PodRuns.failingProfile(pods), pods.resolve("node-f")));
        savePod("benchctl-fleet-node-u", PodRuns.runAs("node-u", pods.resolve("missing.toml"), pods.resolve("node-u")));
    }

    @Test
    void everyPodsResultIsCollectedAndMergedAndAPodWithoutOneIsNamed(@TempDir Path out) throws Exception {
        Repo.Finished collect = collect(logs, out, "--format", "json");
        assertEquals(1, collect.exitCode(), "a pod left no result: " + collect.err());
        assertTrue(collect.err().contains("benchctl-fleet-node-u left no result (exit code 2)"), collect.err());
        assertTrue(collect.err().contains("missing.toml"), "the pod's own words: " + collect.err());
        assertEquals(
                List.of(
                        "benchctl-fleet-node-a.json",
                        "benchctl-fleet-node-b.json",
                        "benchctl-fleet-node-c.json",
                        "benchctl-fleet-node-f.json"),
                names(out.resolve("results")));
        JsonNode report = BenchctlPodTest.jsonDocuments(collect.out()).getFirst();
        List<String> hosts = new ArrayList<>();
        report.get("hosts")
                .forEach(h ->
                        hosts.add(h.get("id").asString() + ":" + h.get("status").asString()));
        assertTrue(hosts.containsAll(List.of("node-a:ok", "node-b:ok", "node-c:ok")), hosts.toString());
        assertTrue(report.toString().contains("node-f"), "the failed host is listed, not dropped: " + report);
    }

    @Test
    void aFleetWhosePodsAllLeftResultsExitsWithTheReportsCode(@TempDir Path out) throws Exception {
        Path some = Files.createDirectories(out.resolve("some"));
        for (String node : List.of("node-a", "node-b", "node-c")) {
            Files.copy(logs.resolve("benchctl-fleet-" + node + ".log"), some.resolve(node + ".log"));
        }
        Repo.Finished collect = collect(some, out.resolve("collected"));
        assertEquals(0, collect.exitCode(), collect.err());
        assertTrue(collect.out().contains("3 host(s)"), collect.out());
        assertTrue(collect.err().contains("3 result(s)"), collect.err());
    }

    @Test
    void aLogWithTwoDocumentsIsNotAResult(@TempDir Path out) throws Exception {
        // What `cat *.json` in the output folder printed: the result and latest.json after it.
        Path twice = Files.createDirectories(out.resolve("twice"));
        String result = Files.readString(logs.resolve("benchctl-fleet-node-a.log"));
        Files.writeString(twice.resolve("pod-a.log"), result + result);
        Files.copy(logs.resolve("benchctl-fleet-node-b.log"), twice.resolve("pod-b.log"));
        Repo.Finished collect = collect(twice, out.resolve("collected"));
        assertEquals(1, collect.exitCode(), collect.err());
        assertTrue(collect.err().contains("pod-a left no result"), collect.err());
        assertEquals(List.of("pod-b.json"), names(out.resolve("collected/results")));
    }

    @Test
    void noResultAtAllAndBadUsageExitTwo(@TempDir Path out) throws Exception {
        Path none = Files.createDirectories(out.resolve("none"));
        Files.copy(logs.resolve("benchctl-fleet-node-u.log"), none.resolve("pod-u.log"));
        assertEquals(2, collect(none, out.resolve("collected")).exitCode());
        Repo.Finished both = Repo.run(out, Map.of(), List.of("bash", SCRIPT.toString(), "--job", "j", "--from", "x"));
        assertEquals(2, both.exitCode());
        assertTrue(both.err().startsWith("usage: collect.sh"), both.err());
    }

    @Test
    void theDeployScriptsPassShellcheck() throws Exception {
        requireTool("shellcheck");
        Repo.Finished check = Repo.run(
                Repo.ROOT,
                Map.of(),
                List.of(
                        "shellcheck",
                        SCRIPT.toString(),
                        PodRuns.SCRIPT.toString(),
                        Repo.ROOT.resolve("scripts/install-k8s-schemas.sh").toString()));
        assertEquals(0, check.exitCode(), check.out());
    }

    private static Repo.Finished collect(Path from, Path out, String... reportOptions)
            throws IOException, InterruptedException {
        List<String> command =
                new ArrayList<>(List.of("bash", SCRIPT.toString(), "--from", from.toString(), "--out", out.toString()));
        if (reportOptions.length > 0) {
            command.add("--");
            command.addAll(List.of(reportOptions));
        }
        return Repo.run(
                from.getParent(),
                Map.of("BENCHCTL", Repo.DIST.resolve("bin/benchctl").toString()),
                command);
    }

    /** What collect.sh --job saves per pod: its log and its container's exit code. */
    private static void savePod(String pod, Repo.Finished run) throws IOException {
        Files.writeString(logs.resolve(pod + ".log"), run.out() + run.err());
        Files.writeString(logs.resolve(pod + ".exit"), run.exitCode() + "\n");
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    static void requireTool(String tool) throws IOException, InterruptedException {
        boolean present = Repo.run(Repo.ROOT, Map.of(), List.of("sh", "-c", "command -v " + tool))
                        .exitCode()
                == 0;
        if (!present && Repo.dependenciesRequired()) {
            fail(tool + " is missing (scripts/install-test-deps.sh installs it)");
        }
        assumeTrue(present, tool + " is not installed here (scripts/install-test-deps.sh installs it as root)");
        assertFalse(tool.isBlank());
    }
}
