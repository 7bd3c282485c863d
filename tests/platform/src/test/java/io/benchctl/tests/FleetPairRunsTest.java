package io.benchctl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.benchctl.runtime.result.ResultCodec;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * A ring of three hosts run for real on loopback: a pairing plan, two pairs run with {@code
 * benchctl peer --once} (one client started before its peer, outlasting it with the retry
 * window), one pair whose peer never comes (a short window fails it), and the fleet report on
 * the results: the matrix keyed by host id, not by the peer's address, and the failed pair missing.
 */
@Tag("slow")
class FleetPairRunsTest {
    private static final String TOKEN = "p-pairing-fleet-token-0123456789abcdef";

    @TempDir
    Path dir;

    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stopWhatIsLeft() {
        started.stream().filter(Process::isAlive).forEach(Process::destroyForcibly);
    }

    private Process launch(String name, String... args) throws Exception {
        Path folder = Files.createDirectories(dir.resolve(name));
        Process process = Fixtures.launch(folder, Map.of(), args);
        started.add(process);
        return process;
    }

    private static int exit(Process process) throws Exception {
        assertTrue(process.waitFor(180, TimeUnit.SECONDS), "did not end: " + process.info());
        return process.exitValue();
    }

    private Path profile(String name, int port, String retryWindow) throws Exception {
        Path token = Files.writeString(dir.resolve("token"), TOKEN + "\n");
        return Files.writeString(dir.resolve(name + ".toml"), """
                [run]
                name = "pairs"
                warmup = "20ms"
                duration = "100ms"
                cooldown = "10ms"
                iterations = 3
                reporters = ["json"]

                [modules.network]
                mode = "peer"
                peer = "127.0.0.1:%d"
                token_file = "%s"
                retries = 1
                connect_timeout = "300ms"
                connect_retry_window = "%s"
                workloads = ["throughput", "rtt"]
                streams = [1]
                message_bytes = [1]
                """.formatted(port, token, retryWindow));
    }

    private Process run(String client, String server, Path profile, Path results) throws Exception {
        return launch(
                "run-" + client,
                "run",
                "--no-tui",
                "--no-affinity",
                "--profile",
                profile.toString(),
                "--output",
                results.toString(),
                "--host-id",
                client,
                "--peer-host-id",
                server);
    }

    private Process peer(String host, String listen) throws Exception {
        return launch(
                "peer-" + host,
                "peer",
                "--once",
                "--listen",
                listen,
                "--token-file",
                dir.resolve("token").toString());
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private int listeningPort(String host) throws Exception {
        Pattern listening = Pattern.compile("listening on 127\\.0\\.0\\.1:(\\d+)");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            Matcher matcher = listening.matcher(Fixtures.stderr(dir.resolve("peer-" + host)));
            if (matcher.find()) {
                return Integer.parseInt(matcher.group(1));
            }
            Thread.sleep(50);
        }
        throw new AssertionError("peer " + host + " never listened: " + Fixtures.stderr(dir.resolve("peer-" + host)));
    }

    @Test
    void aRingRunForRealIsKeyedByHostIdAndItsFailedPairIsMissing() throws Exception {
        Path results = Files.createDirectories(dir.resolve("results"));
        Path plan = dir.resolve("plan.json");
        assertEquals(0, exit(launch("plan", "fleet", "plan", "--hosts", "h1,h2,h3", "--out", plan.toString())));

        // h1 -> h2: the client starts first and waits for its peer within the retry window
        int port2 = freePort();
        Process client1 = run("h1", "h2", profile("h1", port2, "60s"), results);
        Thread.sleep(3_000);
        assertTrue(client1.isAlive(), "the client gave up before its peer started");
        Process peer2 = peer("h2", "127.0.0.1:" + port2);
        assertEquals(0, exit(client1), () -> stderr("run-h1"));
        assertEquals(0, exit(peer2), () -> stderr("peer-h2"));

        // h2 -> h3: the peer first, as usual
        Process peer3 = peer("h3", "127.0.0.1:0");
        Process client2 = run("h2", "h3", profile("h2", listeningPort("h3"), "0s"), results);
        assertEquals(0, exit(client2), () -> stderr("run-h2"));
        assertEquals(0, exit(peer3), () -> stderr("peer-h3"));

        // h3 -> h1: no peer ever comes; a short window fails the run, naming the setting
        Process client3 = run("h3", "h1", profile("h3", freePort(), "1s"), results);
        assertEquals(1, exit(client3), () -> stderr("run-h3"));
        JsonNode failed = result(results, "h3");
        assertEquals("failed", failed.path("status").asString());
        JsonNode failedTest = failed.path("tests").get(0);
        assertTrue(
                failedTest.path("error").path("message").asString().contains("modules.network.connect_retry_window"),
                failedTest.toString());

        JsonNode labelled = result(results, "h1").path("tests").get(0);
        assertEquals("h1", labelled.path("pair").path("client").asString());
        assertEquals("h2", labelled.path("pair").path("server").asString());
        assertEquals(List.of(), ResultSchema.validate("result.schema.json", resultFile(results, "h1")));
        String journal = Files.readString(resultFile(results, "h1")
                .resolveSibling(
                        resultFile(results, "h1").getFileName().toString().replace(".json", ".jsonl")));
        assertTrue(journal.contains("\"pair\":{\"client\":\"h1\",\"server\":\"h2\"}"), journal);

        Path fleetJson = dir.resolve("fleet.json");
        Process report = launch(
                "report",
                "fleet",
                "report",
                "--plan",
                plan.toString(),
                "--format",
                "json",
                "--out",
                fleetJson.toString(),
                results.toString());
        assertEquals(0, exit(report), () -> stderr("report"));
        assertEquals(List.of(), ResultSchema.validate("fleet.schema.json", fleetJson));
        assertTrue(stderr("report").contains("planned pair(s) without a result: h3 -> h1"), stderr("report"));
        JsonNode fleet = ResultCodec.mapper().readTree(Files.readString(fleetJson));
        assertFalse(fleet.path("network").isEmpty(), fleet.toString());
        for (JsonNode matrix : fleet.path("network")) {
            List<String> cells = new ArrayList<>();
            matrix.path("cells")
                    .forEach(c -> cells.add(
                            c.path("from").asString() + ">" + c.path("to").asString()));
            assertEquals(List.of("h1>h2", "h2>h3"), cells, matrix.toString());
            assertEquals(List.of("h1", "h2", "h3"), strings(matrix.path("to")), "no column named by an address");
            assertEquals("h3", matrix.path("missing").get(0).path("from").asString());
            assertEquals("h1", matrix.path("missing").get(0).path("to").asString());
        }
        assertEquals(3, fleet.path("plan").path("pairs").asInt());
        assertEquals(1, fleet.path("plan").path("missing").size());

        Process gate = launch(
                "gate", "fleet", "report", "--plan", plan.toString(), "--fail-on-missing-pair", results.toString());
        assertEquals(3, exit(gate), () -> stderr("gate"));
        String text = Files.readString(dir.resolve("gate/stdout.txt"));
        assertTrue(text.contains("missing"), text);
        assertTrue(text.contains("planned pairs without a result: 1 of 3 (plan " + plan + ")\n  h3 -> h1\n"), text);
    }

    private String stderr(String name) {
        try {
            return Fixtures.stderr(dir.resolve(name));
        } catch (Exception e) {
            return e.toString();
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }

    private static Path resultFile(Path results, String hostId) throws Exception {
        try (Stream<Path> files = Files.list(results)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json"))
                    .filter(f -> !f.getFileName().toString().equals("latest.json"))
                    .toList()) {
                if (hostId.equals(ResultCodec.mapper()
                        .readTree(Files.readString(file))
                        .path("hostId")
                        .asString())) {
                    return file;
                }
            }
        }
        throw new AssertionError("no result of " + hostId + " in " + results);
    }

    private static JsonNode result(Path results, String hostId) throws Exception {
        return ResultCodec.mapper().readTree(Files.readString(resultFile(results, hostId)));
    }
}
