package io.benchctl.tests;

import static io.benchctl.tests.Fixtures.JSON_REPORTER;
import static io.benchctl.tests.Fixtures.TEST_PLUGIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code benchctl run --jfr FILE} through the built distribution, read back with the JDK's own
 * {@code jfr} tool; the phase events also show how {@code order = "interleaved"} and
 * {@code schedule = "parallel"} combine: workloads of one round overlap, rounds do not.
 */
@Tag("slow")
class JfrRecordingTest {
    @TempDir
    Path temp;

    private record Span(String workload, int round, String phase, OffsetDateTime start, OffsetDateTime end) {}

    @Test
    void phasesIterationsAndSpansAreFlightRecorderEventsThatJfrPrintReads() throws Exception {
        Path plugins = Fixtures.pluginsDir(temp, TEST_PLUGIN, JSON_REPORTER);
        Path profile = Files.writeString(temp.resolve("p.toml"), """
                [run]
                warmup = "0s"
                duration = "100ms"
                cooldown = "0s"
                iterations = 2
                rounds = 2
                order = "interleaved"
                schedule = "parallel"
                max_parallel = 2
                reporters = ["json"]
                [modules.sleep_cpu]
                variants = 1
                [modules.sleep_disk]
                variants = 2
                [modules.series]
                patterns = ["steady"]
                """);
        Path recording = temp.resolve("run.jfr");
        Process process = Fixtures.launch(
                temp,
                Map.of(),
                "run",
                "--plugins-dir",
                plugins.toString(),
                "--profile",
                profile.toString(),
                "--output",
                temp.resolve("results").toString(),
                "--no-tui",
                "--no-affinity",
                "--jfr",
                recording.toString());
        assertTrue(process.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), Fixtures.stderr(temp));

        String iterations = jfr("print", "--events", "io.benchctl.Iteration", recording.toString());
        assertEquals(4 * 4, count(iterations, "io.benchctl.Iteration {"), "4 workloads x 2 rounds x 2 iterations");
        assertTrue(iterations.contains("workload = \"series/steady\""), iterations);
        assertTrue(iterations.contains("headline = \"value\""), iterations);
        assertTrue(iterations.contains("values = \"value=100"), iterations);
        String spans = jfr("print", "--events", "io.benchctl.Span", recording.toString());
        assertTrue(spans.contains("name = \"sleep\""), "the plugin's spans, through the API: " + spans);

        List<Span> phases = phases(recording);
        assertEquals(4 * 2 * 5, phases.size(), "init, warmup, run, cooldown, close per workload round");
        OffsetDateTime lastOfRound0 = phases.stream()
                .filter(p -> p.round() == 0)
                .map(Span::end)
                .max(OffsetDateTime::compareTo)
                .orElseThrow();
        OffsetDateTime firstOfRound1 = phases.stream()
                .filter(p -> p.round() == 1)
                .map(Span::start)
                .min(OffsetDateTime::compareTo)
                .orElseThrow();
        assertTrue(!firstOfRound1.isBefore(lastOfRound0), "round 2 starts when round 1 has ended");
        assertTrue(overlapping(phases, 0), "parallel: workloads of different resources overlap within a round");
    }

    @Test
    void theSyscallPipeWorkloadSplitsARoundTripIntoWriteWakeUpAndRead() throws Exception {
        Path profile = Files.writeString(temp.resolve("syscall.toml"), """
                [run]
                warmup = "0s"
                duration = "200ms"
                cooldown = "0s"
                iterations = 1
                reporters = ["json"]
                [modules.syscall]
                payload_bytes = [1]
                null_syscall = false
                """);
        Path recording = temp.resolve("syscall.jfr");
        Process process = Fixtures.launch(
                temp,
                Map.of(),
                "run",
                "--profile",
                profile.toString(),
                "--output",
                temp.resolve("results").toString(),
                "--no-tui",
                "--jfr",
                recording.toString());
        assertTrue(process.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), Fixtures.stderr(temp));

        String spans = jfr("print", "--events", "io.benchctl.Span", recording.toString());
        for (String part : List.of("write", "wake-up", "read")) {
            assertTrue(
                    spans.contains("name = \"" + part + "\""),
                    part + " spans in " + spans.substring(0, Math.min(2000, spans.length())));
        }
        assertTrue(spans.contains("workload = \"syscall/pipe/1B\""));
        int roundTripsSampled = count(spans, "name = \"wake-up\"");
        assertEquals(roundTripsSampled, count(spans, "name = \"write\""));
        assertEquals(roundTripsSampled, count(spans, "name = \"read\""));
    }

    private static boolean overlapping(List<Span> phases, int round) {
        List<Span> runs = phases.stream()
                .filter(p -> p.round() == round && p.phase().equals("run"))
                .toList();
        for (Span a : runs) {
            for (Span b : runs) {
                if (!a.workload().equals(b.workload())
                        && a.start().isBefore(b.end())
                        && b.start().isBefore(a.end())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Each workload round's steps, as the recording holds them. */
    private List<Span> phases(Path recording) throws Exception {
        JsonNode events = JsonMapper.builder()
                .build()
                .readTree(jfr("print", "--json", "--events", "io.benchctl.Phase", recording.toString()))
                .path("recording")
                .path("events");
        List<Span> spans = new ArrayList<>();
        for (JsonNode event : events) {
            JsonNode v = event.path("values");
            OffsetDateTime start = OffsetDateTime.parse(v.path("startTime").asString());
            OffsetDateTime end = start.plus(Duration.parse(v.path("duration").asString()));
            spans.add(new Span(
                    v.path("workload").asString(),
                    v.path("round").asInt(),
                    v.path("phase").asString(),
                    start,
                    end));
        }
        return spans;
    }

    private String jfr(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "jfr").toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), out);
        return out;
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
