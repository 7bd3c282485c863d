package io.benchctl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.benchctl.runtime.result.ResultCodec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The platform layers through the built launcher on Linux: the whole default profile through the
 * portable layer ({@code -Dbenchctl.platform=portable}) completes with every fallback's warning
 * and a valid result; without the switch the Linux layer runs; an unknown name is a usage error.
 */
@EnabledOnOs(OS.LINUX)
class PlatformLayerRunTest {

    @TempDir
    Path temp;

    record Finished(int exitCode, String out, String err) {}

    @Test
    @Tag("slow")
    void theDefaultProfileRunsThroughThePortableLayerWithEveryFallbackRecorded() throws Exception {
        Path output = temp.resolve("out");
        Finished run = launch(
                Map.of("BENCHCTL_JAVA_OPTS", "-Dbenchctl.platform=portable"),
                "run",
                "--no-tui",
                "--output",
                output.toString());
        assertEquals(0, run.exitCode(), run.err());
        Path result = output.resolve("latest.json");
        assertEquals(List.of(), ResultSchema.validate("result.schema.json", result));

        JsonNode root = ResultCodec.mapper().readTree(result.toFile());
        assertEquals("portable", root.path("host").path("platform").asString());
        Set<String> modules = new TreeSet<>();
        for (JsonNode test : root.path("tests")) {
            String id = test.path("id").asString();
            modules.add(test.path("module").asString());
            assertEquals("ok", test.path("status").asString(), id + ": " + test.path("error"));
            Set<String> warnings = codes(test);
            assertTrue(warnings.contains("affinity-unavailable"), id + " " + warnings);
            assertTrue(test.path("pinnedCpus").isEmpty(), id + " pinned nothing");
            if (id.startsWith("disk/")) {
                assertTrue(
                        warnings.containsAll(Set.of("direct-io-fallback", "page-cache-unavailable")),
                        id + " " + warnings);
                assertFalse(warnings.contains("page-cache-dropped"), id + " " + warnings);
            }
            if (id.startsWith("network/rtt/") || id.startsWith("network/throughput/")) {
                String buffers = fact(test, "socket-buffers");
                assertTrue(buffers.contains("unknown on the portable platform layer"), buffers);
            }
        }
        assertEquals(Set.of("cpu", "disk", "memory", "network", "syscall"), modules);
    }

    @Test
    void onLinuxTheLinuxLayerRunsByDefaultAndPins() throws Exception {
        Path output = temp.resolve("out");
        Finished run = launch(Map.of(), "run", "--no-tui", "--modules", "cpu", "--output", output.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode root =
                ResultCodec.mapper().readTree(output.resolve("latest.json").toFile());
        assertEquals("linux", root.path("host").path("platform").asString());
        for (JsonNode test : root.path("tests")) {
            assertFalse(codes(test).contains("affinity-unavailable"), test.toString());
            assertFalse(test.path("pinnedCpus").isEmpty(), test.path("id").asString() + " is pinned");
        }
    }

    @Test
    void anUnknownLayerIsAUsageErrorOfOneLine() throws Exception {
        Finished run = launch(Map.of("BENCHCTL_PLATFORM", "beos"), "list");
        assertEquals(2, run.exitCode(), run.err());
        assertEquals(
                "benchctl: unknown platform layer 'beos' (-Dbenchctl.platform or BENCHCTL_PLATFORM): use one of"
                        + " linux, portable, macos",
                run.err().strip());
    }

    private static Set<String> codes(JsonNode test) {
        Set<String> codes = new TreeSet<>();
        test.path("warnings").forEach(warning -> codes.add(warning.path("code").asString()));
        return codes;
    }

    /** A fact of the workload's conditions block (socket buffers are a fact, not a warning). */
    private static String fact(JsonNode test, String name) {
        for (JsonNode fact : test.path("conditions").path("facts")) {
            if (fact.path("name").asString().equals(name)) {
                return fact.path("value").asString();
            }
        }
        return "(no " + name + " fact in " + test.path("conditions") + ")";
    }

    private Finished launch(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(
                List.of(LauncherTest.DIST.resolve("bin/benchctl").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(temp.toFile());
        builder.environment().remove("BENCHCTL_PLUGINS");
        builder.environment().remove("BENCHCTL_PLATFORM");
        builder.environment().putAll(env);
        Process process = builder.start();
        process.getOutputStream().close();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
        if (!process.waitFor(300, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("benchctl did not finish in 300 s: " + String.join(" ", args));
        }
        return new Finished(process.exitValue(), out.get(), err.get());
    }

    private static String read(java.io.InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
