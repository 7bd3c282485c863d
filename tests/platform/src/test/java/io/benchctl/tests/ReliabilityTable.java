package io.benchctl.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.reporting.ReportEntry;
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
                "generated profiles (malformed TOML, wrong types, huge, negative and zero numbers, "
                        + "durations and sizes, unknown keys, unicode, deep nesting, empty files), --set "
                        + "values, result and baseline files, checked with the shipped plugins' schemas: "
                        + "valid, or exit 2 naming the file, key or --set; no stack trace, no hang");
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

    /** jqwik reports each property's tries in a report entry: "tries = 1000  | # of calls to property". */
    private static final Pattern TRIES = Pattern.compile("tries = (\\d+)");

    /** One category's tally; inputs count a property's generated tries, any other case once. */
    private static final class Row {
        int cases;
        int inputs;
        int passed;
        int failed;
        int skipped;
    }

    private final Map<String, Row> rows = new TreeMap<>();

    /** A property's tries beyond the one input its case counts (the entry may come before or after it ends). */
    @Override
    public void reportingEntryPublished(TestIdentifier test, ReportEntry entry) {
        for (String value : entry.getKeyValuePairs().values()) {
            Matcher tries = TRIES.matcher(value);
            if (tries.find()) {
                int extra = Integer.parseInt(tries.group(1)) - 1;
                rowsOf(test).forEach(row -> row.inputs += extra);
            }
        }
    }

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        rowsOf(test).forEach(row -> {
            row.cases++;
            row.inputs++;
            row.skipped++;
        });
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (!test.isTest()) {
            return;
        }
        boolean passed = result.getStatus() == TestExecutionResult.Status.SUCCESSFUL;
        rowsOf(test).forEach(row -> {
            row.cases++;
            row.inputs++;
            if (passed) {
                row.passed++;
            } else {
                row.failed++;
            }
        });
    }

    /** The rows of the test's {@code reliability-*} tags. */
    private List<Row> rowsOf(TestIdentifier test) {
        return test.getTags().stream()
                .map(TestTag::getName)
                .filter(name -> name.startsWith("reliability-"))
                .map(name -> rows.computeIfAbsent(name.substring("reliability-".length()), k -> new Row()))
                .toList();
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        if (rows.isEmpty()) {
            return; // a partial run (-Dtest=...) without reliability tests: keep the last table
        }
        StringBuilder table = new StringBuilder("""
                # Reliability

                Produced by the `tests/platform` suite (`./test.sh`; written to
                `tests/platform/target/reliability.md`). A case is one test (a property counts once);
                inputs counts a property's generated tries, other cases once each. Module suites add their own:
                profile properties (`platform-runtime`, jqwik, 500 tries each), peer protocol unit
                fuzzing and a fault proxy (`peer-protocol`, `plugins/network`). What cannot be
                contained is in `adr/0011-plugin-blast-radius.md`.

                | category | cases | inputs | passed | failed | skipped | guaranteed |
                |---|---:|---:|---:|---:|---:|---|
                """);
        rows.forEach((category, row) -> table.append("| %s | %d | %d | %d | %d | %d | %s |%n"
                .formatted(
                        category,
                        row.cases,
                        row.inputs,
                        row.passed,
                        row.failed,
                        row.skipped,
                        GUARANTEES.getOrDefault(category, ""))));
        try {
            Path out = Path.of(System.getProperty("benchctl.test.reliabilityTable", "target/reliability.md"));
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.writeString(out, table);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
