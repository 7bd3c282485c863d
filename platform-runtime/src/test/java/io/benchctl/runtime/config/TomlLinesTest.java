package io.benchctl.runtime.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class TomlLinesTest {

    private static final String TEXT = """
            # comment [not.a.table]
            title = "x = [1, 2]"   # a string that looks like structure

            [run]
            reporters = [
              "json",    # first
              # a comment line inside the array
              "markdown",
            ]
            notes = \"\"\"
            fake = 1
            [fake]
            \"\"\"
            name = 'after the multi-line string'

            [ modules . "memory" ]
            sub = { a = 1, b.c = [10, 20] }
            nested = [[1, 2],
                      [3]]

            [[compare.rules]]
            metric = "a"
            [[compare.rules]]
            metric = "b"
            """;

    private final TomlLines lines = TomlLines.index(TEXT);

    @Test
    void findsKeysTablesAndArrayElements() {
        assertEquals(2, lines.lineOf(List.of("title")));
        assertEquals(4, lines.lineOf(List.of("run")));
        assertEquals(5, lines.lineOf(List.of("run", "reporters")));
        assertEquals(6, lines.lineOf(List.of("run", "reporters", 0)));
        assertEquals(8, lines.lineOf(List.of("run", "reporters", 1)));
        assertEquals(10, lines.lineOf(List.of("run", "notes")));
        assertEquals(14, lines.lineOf(List.of("run", "name")));
    }

    @Test
    void followsQuotedDottedAndInlineKeys() {
        assertEquals(16, lines.lineOf(List.of("modules", "memory")));
        assertEquals(17, lines.lineOf(List.of("modules", "memory", "sub", "b", "c", 1)));
        assertEquals(19, lines.lineOf(List.of("modules", "memory", "nested", 1, 0)));
        assertEquals(21, lines.lineOf(List.of("compare", "rules", 0)));
        assertEquals(24, lines.lineOf(List.of("compare", "rules", 1, "metric")));
    }

    @Test
    void fallsBackToTheNearestWrittenAncestor() {
        assertEquals(5, lines.lineOf(List.of("run", "reporters", 7)));
        assertEquals(4, lines.lineOf(List.of("run", "iterations")));
        assertNull(lines.lineOf(List.of("fake")), "text inside a multi-line string is no table");
        assertNull(lines.lineOf(List.of("defaults", "threads")));
    }
}
