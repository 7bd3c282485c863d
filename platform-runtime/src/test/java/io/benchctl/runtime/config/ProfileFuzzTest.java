package io.benchctl.runtime.config;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Whatever the user feeds the loader, the only failure is a {@link ProfileException} with words
 * in it: never another exception, never a hang. The time limit only catches endless loops.
 */
class ProfileFuzzTest {

    private static final Duration HANG = Duration.ofSeconds(20);
    private static Path dir;

    private final ProfileLoader loader = new ProfileLoader();

    @BeforeContainer
    static void createDir() throws IOException {
        dir = Files.createTempDirectory("benchctl-fuzz");
    }

    @AfterContainer
    static void deleteDir() throws IOException {
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(dir);
    }

    @Property(tries = 500)
    void garbageIsRejectedWithAProfileException(@ForAll String text) {
        loadExpectingNothingButProfileException(text, List.of());
    }

    @Property(tries = 500)
    void tomlFragmentsAreRejectedWithAProfileException(
            @ForAll("tomlish") String text, @ForAll("sets") List<String> sets) {
        loadExpectingNothingButProfileException(text, sets);
    }

    @Property(tries = 500)
    void wellFormedProfilesWithRandomContentAreRejectedWithAProfileException(@ForAll("profiles") String text) {
        loadExpectingNothingButProfileException(text, List.of());
    }

    @Property(tries = 500)
    void theLineIndexEndsOnAnyText(@ForAll("tomlish") String text) {
        assertTimeoutPreemptively(HANG, () -> TomlLines.index(text).lineOf(List.of("run", "x", 0)));
    }

    private void loadExpectingNothingButProfileException(String text, List<String> sets) {
        Path file = dir.resolve("fuzz.toml");
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertTimeoutPreemptively(HANG, () -> {
            try {
                assertNotNull(loader.load(file, sets, TestModules.all()).run());
            } catch (ProfileException e) {
                assertFalse(e.errors().isEmpty());
                e.errors().forEach(error -> {
                    assertNotNull(error.expected(), error::toString);
                    assertNotNull(error.found(), error::toString);
                });
                assertFalse(e.getMessage().isBlank());
            }
        });
    }

    private static final List<String> FRAGMENTS = List.of(
            "[run]",
            "[modules.cpu]",
            "[modules.memory]",
            "[defaults]",
            "[compare]",
            "[[x]]",
            "[modules]",
            "[",
            "]",
            "{",
            "}",
            "a",
            "threads",
            "kernels",
            "iterations",
            "warmup",
            "run.",
            "modules.cpu.",
            " = ",
            "=",
            ".",
            ",",
            "\"",
            "'",
            "\"\"\"",
            "'''",
            "\\",
            "\\u00e9",
            "1",
            "-1",
            "0",
            "1.5",
            "1e400",
            "99999999999999999999",
            "true",
            "false",
            "inf",
            "nan",
            "\"2s\"",
            "\"2x\"",
            "\"4KiB\"",
            "1979-05-27T07:32:00Z",
            "07:32:00",
            "#",
            " ",
            "\t",
            "\n",
            "\r\n",
            "[[[[",
            "]]]]");

    @Provide
    Arbitrary<String> tomlish() {
        return Arbitraries.of(FRAGMENTS).list().ofMaxSize(60).map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<List<String>> sets() {
        Arbitrary<String> key = Arbitraries.of(
                "run.iterations",
                "run.warmup",
                "modules.cpu.threads",
                "modules.gpu.x",
                "modules.cpu",
                "run",
                "run.iterations.x",
                "",
                "..",
                "defaults.threads",
                "compare.x");
        Arbitrary<String> value =
                Arbitraries.oneOf(tomlish(), Arbitraries.strings().ofMaxLength(10));
        Arbitrary<String> set =
                Combinators.combine(key, Arbitraries.of("=", "", "=="), value).as((k, eq, v) -> k + eq + v);
        return set.list().ofMaxSize(3);
    }

    /** Valid TOML with random tables, keys and values, so that validation itself is fuzzed. */
    @Provide
    Arbitrary<String> profiles() {
        Arbitrary<String> header = Arbitraries.of(
                "[run]",
                "[defaults]",
                "[modules.cpu]",
                "[modules.memory]",
                "[modules.disk]",
                "[modules.cpux]",
                "[compare]",
                "[other]",
                "[modules.network]");
        Arbitrary<String> key = Arbitraries.of(
                "threads",
                "kernels",
                "iterations",
                "warmup",
                "duration",
                "buffer_sizes",
                "file_size",
                "dir",
                "direct",
                "schedule",
                "reporters",
                "retries",
                "x",
                "a.b");
        Arbitrary<String> value = Arbitraries.of(
                "1",
                "-5",
                "0",
                "2.5",
                "true",
                "\"2s\"",
                "\"0ms\"",
                "\"2x\"",
                "\"4KiB\"",
                "[]",
                "[1, \"a\"]",
                "[\"copy\", \"triadd\"]",
                "{ a = 1 }",
                "\"parallel\"",
                "1979-05-27",
                "inf",
                "-nan",
                "99999999999999999999",
                "1e308");
        Arbitrary<String> entry = Combinators.combine(key, value).as((k, v) -> k + " = " + v);
        Arbitrary<String> table = Combinators.combine(
                        header, entry.list().ofMaxSize(4).uniqueElements(e -> e.split(" ")[0]))
                .as((h, entries) -> h + "\n" + String.join("\n", entries));
        return table.list()
                .ofMaxSize(5)
                .uniqueElements(t -> t.lines().findFirst().orElse(""))
                .map(tables -> String.join("\n", tables) + "\n");
    }
}
