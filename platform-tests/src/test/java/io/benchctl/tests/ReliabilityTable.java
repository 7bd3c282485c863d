package io.benchctl.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestTag;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Writes target/reliability.md at the end of the suite: for every reliability category (a
 * {@code reliability-*} tag on a test class) the cases tried, passed, failed and skipped, and the
 * guarantee they prove. docs/reliability.md is a copy from a full run.
 */
public final class ReliabilityTable implements TestExecutionListener {
    private static final Map<String, String> GUARANTEES = new LinkedHashMap<>();

    static {
        GUARANTEES.put(
                "hostile-input",
                "malformed profiles, --set values, result and baseline files: exit 2 naming "
                        + "the file/key, no stack trace, no hang");
        GUARANTEES.put(
                "peer",
                "random, truncated, oversized, wrong-version and replayed frames against a running "
                        + "`benchctl peer` (64 MiB heap): it never dies, never runs a test for an "
                        + "unauthenticated client, drops slow clients, and serves a good client after");
        GUARANTEES.put(
                "plugin-faults",
                "a plugin that throws or hangs in any step, leaks a thread, exhausts the heap or "
                        + "ships a broken descriptor fails alone and is named; one that writes a new file in the "
                        + "working directory, output folder or scratch root is named in a warning and its file "
                        + "kept; the others' results are intact");
        GUARANTEES.put(
                "kill",
                "every module, SIGINT/SIGTERM/SIGKILL at seeded random points: the journal holds every "
                        + "finished workload and report re-renders it; INT/TERM exit 130 with a result equal "
                        + "to the journal; no child, scratch folder or JVM temp file is left (SIGKILL: the "
                        + "next start sweeps scratch)");
        GUARANTEES.put(
                "results-never-lost",
                "disk full, read-only or vanished output folder: a clear error, an exit code, "
                        + "and the result on stdout");
    }

    private final Map<String, int[]> counts = new TreeMap<>(); // category -> tried, passed, failed, skipped

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        category(test, 3);
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (test.isTest()) {
            category(test, result.getStatus() == TestExecutionResult.Status.SUCCESSFUL ? 1 : 2);
        }
    }

    private void category(TestIdentifier test, int column) {
        for (TestTag tag : test.getTags()) {
            if (tag.getName().startsWith("reliability-")) {
                int[] row = counts.computeIfAbsent(tag.getName().substring("reliability-".length()), k -> new int[4]);
                row[0]++;
                row[column]++;
            }
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        if (counts.isEmpty()) {
            return; // a partial run (-Dtest=...) without reliability tests: keep the last table
        }
        StringBuilder table = new StringBuilder("""
                # Reliability

                Produced by the `platform-tests` suite (`./test.sh`; written to
                `platform-tests/target/reliability.md`). A case is one test or one generated input
                set; property tests try 150-1000 generated inputs each. Module suites add their own:
                profile properties (`platform-runtime`, jqwik, 500 tries each), peer protocol unit
                fuzzing and a fault proxy (`peer-protocol`, `plugins/network`). What cannot be
                contained is in `adr/0011-plugin-blast-radius.md`.

                | category | cases | passed | failed | skipped | guaranteed |
                |---|---:|---:|---:|---:|---|
                """);
        counts.forEach((category, row) -> table.append("| %s | %d | %d | %d | %d | %s |%n"
                .formatted(category, row[0], row[1], row[2], row[3], GUARANTEES.getOrDefault(category, ""))));
        try {
            Path out = Path.of(System.getProperty("benchctl.test.reliabilityTable", "target/reliability.md"));
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.writeString(out, table);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
