package io.benchctl.deploytests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The GitHub workflows parse as YAML (1.2, so {@code on} stays a key), have the shape GitHub
 * requires, pin every action, and call only scripts that exist. {@code scripts/lint-workflows.sh}
 * checks them against GitHub's schema where npm is at hand.
 */
class WorkflowsTest {
    static final Path WORKFLOWS = Repo.ROOT.resolve(".github/workflows");
    static final Pattern SCRIPT = Pattern.compile("(?:\\./)?((?:scripts|bench)/[\\w.-]+\\.sh|test\\.sh)\\b");
    /** {@code owner/repo@vN}, or an action in a folder of its repository ({@code actions/cache/save@v4}). */
    static final Pattern ACTION = Pattern.compile("[\\w.-]+/[\\w.-]+(/[\\w.-]+)*@v\\d+(\\.\\d+)*");
    /** A shell pipeline: a {@code |} that is neither {@code ||} nor a YAML block marker. */
    static final Pattern PIPE = Pattern.compile("[^|]\\|[^|]");

    static Stream<Path> workflows() throws IOException {
        try (Stream<Path> files = Files.list(WORKFLOWS)) {
            return files.filter(f -> f.toString().endsWith(".yml")).sorted().toList().stream();
        }
    }

    static JsonNode load(String name) {
        return YAMLMapper.builder().build().readTree(WORKFLOWS.resolve(name).toFile());
    }

    static List<JsonNode> steps(JsonNode workflow) {
        List<JsonNode> steps = new ArrayList<>();
        workflow.get("jobs").forEach(job -> job.get("steps").forEach(steps::add));
        return steps;
    }

    static String runText(JsonNode workflow) {
        StringBuilder text = new StringBuilder();
        steps(workflow).stream()
                .filter(s -> s.has("run"))
                .forEach(s -> text.append(s.get("run").asString()).append('\n'));
        return text.toString();
    }

    @ParameterizedTest
    @MethodSource("workflows")
    void hasTheShapeGitHubRequiresAndPinsEveryAction(Path file) {
        JsonNode workflow = YAMLMapper.builder().build().readTree(file.toFile());
        assertTrue(workflow.has("name") && workflow.has("on") && workflow.has("jobs"), file + ": needs name, on, jobs");
        workflow.get("jobs").properties().forEach(job -> {
            assertTrue(job.getValue().has("runs-on"), file + ": job " + job.getKey() + " has no runs-on");
            assertTrue(job.getValue().has("timeout-minutes"), file + ": job " + job.getKey() + " has no timeout");
            assertFalse(job.getValue().get("steps").isEmpty(), file + ": job " + job.getKey() + " has no steps");
        });
        for (JsonNode step : steps(workflow)) {
            assertTrue(step.has("uses") ^ step.has("run"), file + ": a step needs exactly one of uses/run: " + step);
            if (step.has("uses")) {
                assertTrue(
                        ACTION.matcher(step.get("uses").asString()).matches(),
                        file + ": unpinned action " + step.get("uses"));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("workflows")
    void callsOnlyScriptsThatExistAndAreExecutable(Path file) {
        Matcher scripts = SCRIPT.matcher(runText(YAMLMapper.builder().build().readTree(file.toFile())));
        while (scripts.find()) {
            if (scripts.group(1).contains("*")) {
                continue;
            }
            Path script = Repo.ROOT.resolve(scripts.group(1));
            assertTrue(
                    Files.isExecutable(script),
                    file + " runs " + scripts.group(1) + ", which is missing or not executable");
        }
    }

    @Test
    void ciRunsTheReadmeTestCommandOnLinuxAndThePortableSubsetOnMacOsAndWindowsWithJdk25() {
        JsonNode ci = load("ci.yml");
        JsonNode test = ci.get("jobs").get("test");
        List<String> systems = new ArrayList<>();
        test.get("strategy").get("matrix").get("os").forEach(os -> systems.add(os.asString()));
        assertEquals(List.of("ubuntu-latest", "macos-14", "windows-latest"), systems);
        assertEquals(
                "runner.os == 'Linux'",
                stepRunning(ci, "./test.sh -B").get("if").asString());
        assertEquals(
                "runner.os != 'Linux'",
                stepRunning(ci, "scripts/test-portable.sh").get("if").asString());
        JsonNode windows = stepRunning(ci, "benchctl.cmd");
        assertEquals("runner.os == 'Windows'", windows.get("if").asString());
        assertEquals("cmd", windows.get("shell").asString(), "the Windows launcher runs under cmd.exe");
        for (String command : List.of(" list", " validate ", "run --dry-run", "run --modules cpu,memory")) {
            assertTrue(windows.get("run").asString().contains(command), command);
        }
        JsonNode setupJava = steps(ci).stream()
                .filter(s -> s.path("uses").asString("").startsWith("actions/setup-java@"))
                .findFirst()
                .orElseThrow()
                .get("with");
        assertEquals("temurin", setupJava.get("distribution").asString());
        assertEquals("25", setupJava.get("java-version").asString());
        assertTrue(runText(ci).contains("./test.sh -B"), "the README's test command");
        assertTrue(runText(ci).contains("scripts/release-check.sh"), "the release readiness gate");
        String uploaded = steps(ci).stream()
                .filter(s -> s.path("uses").asString("").startsWith("actions/upload-artifact@"))
                .map(s -> s.get("with").get("path").asString())
                .reduce("", String::concat);
        assertTrue(uploaded.contains("surefire-reports") && uploaded.contains("results/"), uploaded);
    }

    @Test
    void releaseRunsOnTagsAndShipsArchiveSbomChecksumsAndNotes() {
        JsonNode release = load("release.yml");
        assertEquals("v*", release.get("on").get("push").get("tags").get(0).asString());
        String run = runText(release);
        for (String expected : List.of(
                "scripts/release-check.sh",
                "./test.sh",
                "dist/benchctl.tar.gz",
                "target/bom.json",
                "sha256sum",
                "SCHEMA_VERSION",
                "CHANGELOG.md",
                "gh release create")) {
            assertTrue(run.contains(expected), "release.yml does not use " + expected);
        }
    }

    /**
     * GitHub's default shell is {@code bash -e}, without pipefail: {@code benchctl ... | tee} would
     * then exit with tee's 0 and a regression (exit 3) would pass. Every step that pipes runs with
     * pipefail: its own {@code set -o pipefail}, or an explicit {@code shell: bash} (which GitHub
     * runs as {@code bash -eo pipefail}) on the step, its job or the workflow.
     */
    @ParameterizedTest
    @MethodSource("workflows")
    void everyStepThatPipesKeepsTheExitCodeOfTheFirstCommand(Path file) {
        JsonNode workflow = YAMLMapper.builder().build().readTree(file.toFile());
        workflow.get("jobs").properties().forEach(job -> {
            String inherited = job.getValue()
                    .path("defaults")
                    .path("run")
                    .path("shell")
                    .asString(
                            workflow.path("defaults").path("run").path("shell").asString(""));
            for (JsonNode step : job.getValue().get("steps")) {
                String script = step.path("run").asString("");
                if (!PIPE.matcher(script).find()) {
                    continue;
                }
                String shell = step.path("shell").asString(inherited);
                assertTrue(
                        shell.equals("bash") || script.contains("set -o pipefail"),
                        file + ": job " + job.getKey() + " pipes without pipefail: " + script);
            }
        });
    }

    @Test
    void nightlyGatesOnItsOwnCachedMultiRunBaselineAndRunsTheHarness() {
        JsonNode nightly = load("nightly.yml");
        assertTrue(nightly.get("on").has("schedule"));
        assertEquals("bash", nightly.get("defaults").get("run").get("shell").asString());
        String run = runText(nightly);
        assertTrue(run.contains("benchctl baseline record --runs 5 --profile \"$PROFILE\""), run);
        assertTrue(run.contains("--baseline \"$BASELINE\" --strict | tee"), "run --baseline --strict: " + run);
        assertFalse(run.contains("baseline export"), "the baseline is recorded, not exported from one run");
        assertTrue(run.contains("jq -r .fingerprint"), "the cache key holds the host fingerprint");
        assertTrue(run.contains("bench/accuracy*.sh") && run.contains("bench/startup.sh"), run);

        List<JsonNode> steps = steps(nightly);
        JsonNode restore = step(steps, "actions/cache/restore@");
        JsonNode save = step(steps, "actions/cache/save@");
        String key = "${{ steps.key.outputs.key }}";
        assertTrue(restore.get("with").get("restore-keys").asString().startsWith(key), restore.toString());
        assertTrue(save.get("with").get("key").asString().startsWith(key), save.toString());
        assertEquals(
                restore.get("with").get("path").asString(),
                save.get("with").get("path").asString(),
                "saves what it restores");
        JsonNode record = steps.stream()
                .filter(s -> s.path("run").asString("").contains("baseline record"))
                .findFirst()
                .orElseThrow();
        assertEquals(save.get("if").asString(), record.get("if").asString(), "a new baseline is cached when recorded");
        assertTrue(record.get("if").asString().contains("cache-matched-key == ''"), record.toString());
        assertTrue(
                steps.stream()
                        .filter(s -> s.path("uses").asString("").startsWith("actions/upload-artifact@"))
                        .anyMatch(s -> s.get("with").get("name").asString().equals("nightly-baseline")
                                && s.path("if").asString("").equals("always()")),
                "the baseline is archived as an artifact");
    }

    private static JsonNode stepRunning(JsonNode workflow, String command) {
        return steps(workflow).stream()
                .filter(s -> s.path("run").asString("").contains(command))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no step runs " + command));
    }

    private static JsonNode step(List<JsonNode> steps, String uses) {
        return steps.stream()
                .filter(s -> s.path("uses").asString("").startsWith(uses))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no step uses " + uses));
    }
}
