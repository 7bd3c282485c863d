package io.benchctl.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * Generated profiles and {@code --set} values handed to {@code benchctl validate} with the shipped
 * plugins' real schemas: malformed TOML, wrong types, huge, negative and zero numbers, durations and
 * sizes, unknown keys, unicode, deep nesting, empty files. Each is valid (exit 0) or a usage error
 * (exit 2) that names the profile file or the {@code --set}; never a stack trace, never a hang.
 */
@Tag("reliability-hostile-input")
@Tag("slow")
@EnabledOnOs(
        value = OS.LINUX,
        disabledReason =
                "needs Linux (procfs, signals, namespaces or the bash launcher); the portable subset leaves it out")
class HostileProfilesPropertyTest {
    private static final Duration HANG = Duration.ofSeconds(20);
    private static Path dir;
    private static Path plugins;

    @BeforeContainer
    static void createDir() throws Exception {
        dir = Files.createTempDirectory("benchctl-hostile-profiles");
        plugins = LauncherTest.DIST.resolve("plugins");
    }

    @AfterContainer
    static void removeDir() throws Exception {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Property(tries = 1000, seed = "20261129")
    void generatedProfiles(@ForAll("profiles") String toml) throws Exception {
        validate(toml, List.of());
    }

    @Property(tries = 1000, seed = "20261129")
    void generatedTomlFragments(@ForAll("fragments") String toml) throws Exception {
        validate(toml, List.of());
    }

    @Property(tries = 500, seed = "20261129")
    void generatedSetValues(@ForAll("sets") List<String> sets) throws Exception {
        validate("[modules.cpu]\n[modules.memory]\n[modules.disk]\n", sets);
    }

    private static void validate(String toml, List<String> sets) throws Exception {
        Path profile = Files.writeString(dir.resolve("hostile.toml"), toml);
        List<String> args = new ArrayList<>(
                List.of("validate", "--plugins-dir", plugins.toString(), "--profile", profile.toString()));
        sets.forEach(set -> {
            args.add("--set");
            args.add(set);
        });
        var result = assertTimeoutPreemptively(HANG, () -> Fixtures.cli(args.toArray(String[]::new)));
        String said = "profile:\n" + toml + "\n--set " + sets + "\n" + result.all();
        assertTrue(result.exitCode() == 0 || result.exitCode() == 2, "exit " + result.exitCode() + ": " + said);
        assertFalse(result.all().contains("\tat ") || result.all().contains("Exception"), "a stack trace: " + said);
        if (result.exitCode() == 2) {
            assertTrue(
                    result.err().startsWith("benchctl: ")
                            && (result.err().contains("hostile.toml")
                                    || result.err().contains("--set")),
                    "the error names the file or the --set: " + said);
        }
    }

    private static final List<String> KEYS = List.of(
            "threads",
            "kernels",
            "iterations",
            "warmup",
            "duration",
            "cooldown",
            "buffer_sizes",
            "strides",
            "file_size",
            "block_sizes",
            "patterns",
            "dir",
            "direct",
            "quota",
            "payload_bytes",
            "streams",
            "message_bytes",
            "schedule",
            "max_parallel",
            "reporters",
            "phase_timeout",
            "x",
            "a.b.c.d.e.f",
            "\"ключ\"",
            "\"🔥\"",
            "'quoted key'");

    private static final List<String> VALUES = List.of(
            "1",
            "-5",
            "0",
            "-0",
            "2.5",
            "-1.0e-3",
            "true",
            "\"2s\"",
            "\"0ms\"",
            "\"-1s\"",
            "\"2x\"",
            "\"1000000h\"",
            "\"4KiB\"",
            "\"0B\"",
            "\"-4KiB\"",
            "\"16EiB\"",
            "\"999999999999TiB\"",
            "[]",
            "[1, \"a\"]",
            "[\"copy\", \"triadd\"]",
            "[\"seq-read\"]",
            "[[1], [2]]",
            "{ a = 1 }",
            "\"parallel\"",
            "1979-05-27",
            "07:32:00",
            "inf",
            "-inf",
            "nan",
            "9223372036854775807",
            "-9223372036854775808",
            "1e308",
            "1e400",
            "-1e400",
            "\"\"",
            "\"über\"",
            "\"\\u0000\"",
            "\"/nonexistent/dir\"",
            "'''multi\nline'''");

    private static final List<String> HEADERS = List.of(
            "[run]",
            "[defaults]",
            "[modules.cpu]",
            "[modules.memory]",
            "[modules.disk]",
            "[modules.syscall]",
            "[modules.network]",
            "[modules.cpux]",
            "[modules.ünïcode]",
            "[compare]",
            "[other]",
            "[modules.cpu.deep.deeper.deepest]",
            "[[modules.cpu]]");

    @Provide
    Arbitrary<String> profiles() {
        Arbitrary<String> entry = Combinators.combine(Arbitraries.of(KEYS), Arbitraries.of(VALUES))
                .as((k, v) -> k + " = " + v);
        Arbitrary<String> table = Combinators.combine(
                        Arbitraries.of(HEADERS), entry.list().ofMaxSize(5).uniqueElements(e -> e.split(" ")[0]))
                .as((h, entries) -> h + "\n" + String.join("\n", entries));
        Arbitrary<String> deep = Arbitraries.integers()
                .between(1, 300)
                .map(n -> "[modules.cpu]\nthreads = " + "[".repeat(n) + "1" + "]".repeat(n) + "\n");
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(
                        8,
                        table.list()
                                .ofMaxSize(5)
                                .uniqueElements(t -> t.lines().findFirst().orElse(""))
                                .map(tables -> String.join("\n", tables) + "\n")),
                net.jqwik.api.Tuple.of(1, deep),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("", "\n", "   ", "# only a comment\n", "\uFEFF")));
    }

    @Provide
    Arbitrary<String> fragments() {
        List<String> parts = new ArrayList<>(List.of(
                "[",
                "]",
                "{",
                "}",
                "=",
                " = ",
                ".",
                ",",
                "\"",
                "'",
                "\"\"\"",
                "'''",
                "\\",
                "#",
                "\n",
                "\r\n",
                "\t",
                "[[[[",
                "]]]]",
                "run",
                "modules",
                "cpu",
                "memory.",
                "[run]",
                "[modules.cpu]"));
        parts.addAll(KEYS);
        parts.addAll(VALUES);
        return Arbitraries.oneOf(
                Arbitraries.of(parts).list().ofMaxSize(40).map(list -> String.join("", list)),
                Arbitraries.strings().ofMaxLength(200));
    }

    @Provide
    Arbitrary<List<String>> sets() {
        Arbitrary<String> key = Arbitraries.of(
                "run.iterations",
                "run.warmup",
                "run.duration",
                "run.schedule",
                "modules.cpu.threads",
                "modules.memory.buffer_sizes",
                "modules.disk.file_size",
                "modules.disk.dir",
                "modules.nosuch.x",
                "modules.cpu",
                "run",
                "run.iterations.x",
                "",
                "..",
                "modules.cpu.ünï",
                "defaults.threads");
        Arbitrary<String> value =
                Arbitraries.oneOf(Arbitraries.of(VALUES), Arbitraries.strings().ofMaxLength(12));
        return Combinators.combine(key, Arbitraries.of("=", "", "==", " = "), value)
                .as((k, eq, v) -> k + eq + v)
                .list()
                .ofMaxSize(3);
    }
}
