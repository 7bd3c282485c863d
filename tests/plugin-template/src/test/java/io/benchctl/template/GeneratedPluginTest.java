package io.benchctl.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.benchctl.api.result.MetricResult;
import io.benchctl.api.result.RunResult;
import io.benchctl.api.result.WorkloadResult;
import io.benchctl.api.result.WorkloadStatus;
import io.benchctl.runtime.result.ResultCodec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin author's path, for real: generate a project from the archetype, build it with Maven
 * (offline, against this build's API and test kit, running the generated test), drop its JAR into
 * a plugins folder, and find it in {@code benchctl list} and in the results of
 * {@code benchctl run --modules <id>}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratedPluginTest {
    private static final String PLUGIN_ID = "acme-hash";
    private static final String MODULE_ID = "acmehash";
    private static final String ARTIFACT_ID = "acme-hash-plugin";
    private static final String JAR = ARTIFACT_ID + "-1.0.0.jar";
    private static final String WORKLOAD = MODULE_ID + "/sha-256/4KiB";

    private Path pluginJar;
    private Path plugins;
    private Cli.Result list;
    private Cli.Result run;
    private Path output;
    private Maven maven;
    private Path work;

    @BeforeAll
    void generateBuildAndRun(@TempDir Path work) throws IOException, InterruptedException {
        this.work = work;
        String version = System.getProperty("benchctl.e2e.version");
        Path artifacts = Path.of(System.getProperty("benchctl.e2e.artifacts"));
        Path repository = work.resolve("repository");
        for (String artifactId : List.of(
                "platform-api",
                "benchctl-picocli",
                "peer-protocol",
                "benchctl-platform-history",
                "platform-runtime",
                "benchctl-testkit",
                "benchctl-plugin-archetype")) {
            LocalRepository.install(artifacts, repository, artifactId, version, false);
        }
        // The parent, and the relocation POMs of the kits benchctl-testkit replaced.
        for (String artifactId : List.of("benchctl-parent", "platform-testkit", "benchctl-reporter-testkit")) {
            LocalRepository.install(artifacts, repository, artifactId, version, true);
        }
        maven = Maven.isolated(repository, Path.of(System.getProperty("benchctl.e2e.seedRepository")), work);

        long startNanos = System.nanoTime();
        maven.run(
                work,
                work.resolve("generate.log"),
                "org.apache.maven.plugins:maven-archetype-plugin:" + System.getProperty("benchctl.e2e.archetypeVersion")
                        + ":generate",
                "-DinteractiveMode=false",
                "-DarchetypeCatalog=local",
                "-DarchetypeGroupId=io.benchctl",
                "-DarchetypeArtifactId=benchctl-plugin-archetype",
                "-DarchetypeVersion=" + version,
                "-DgroupId=com.acme.bench",
                "-DartifactId=" + ARTIFACT_ID,
                "-Dversion=1.0.0",
                "-Dpackage=com.acme.bench.hash",
                "-DpluginId=" + PLUGIN_ID,
                "-DmoduleId=" + MODULE_ID,
                "-DpluginProvider=Acme");
        long generatedNanos = System.nanoTime();
        Path project = work.resolve(ARTIFACT_ID);
        maven.run(project, work.resolve("build.log"), "package");
        long builtNanos = System.nanoTime();
        pluginJar = project.resolve("target").resolve(JAR);

        plugins = Files.createDirectories(work.resolve("plugins"));
        Files.copy(pluginJar, plugins.resolve(JAR));
        Files.copy(
                artifacts.resolve("benchctl-plugin-json-reporter-" + version + ".jar"),
                plugins.resolve("json-reporter.jar"));
        Files.copy(
                artifacts.resolve("benchctl-plugin-markdown-reporter-" + version + ".jar"),
                plugins.resolve("markdown-reporter.jar"));

        list = Cli.run("list", "--plugins-dir", plugins.toString());
        output = work.resolve("results");
        Path profile = Files.writeString(work.resolve("e2e.toml"), """
                [run]
                name = "template-e2e"
                warmup = "20ms"
                duration = "50ms"
                cooldown = "0ms"
                iterations = 3

                [modules.%s]
                buffer_sizes = ["4KiB"]
                """.formatted(MODULE_ID));
        run = Cli.run(
                "run",
                "--plugins-dir",
                plugins.toString(),
                "--profile",
                profile.toString(),
                "--modules",
                MODULE_ID,
                "--output",
                output.toString(),
                "--reporters",
                "json,markdown",
                "--no-tui",
                "--no-affinity");
        System.err.printf(
                "template e2e: generate %.1f s, build with tests %.1f s, list + run %.1f s%n",
                (generatedNanos - startNanos) / 1e9,
                (builtNanos - generatedNanos) / 1e9,
                (System.nanoTime() - builtNanos) / 1e9);
    }

    @Test
    void theGeneratedJarCarriesThePf4jDescriptorAndExtensionIndex() throws IOException {
        try (JarFile jar = new JarFile(pluginJar.toFile())) {
            Attributes manifest = jar.getManifest().getMainAttributes();
            assertEquals(PLUGIN_ID, manifest.getValue("Plugin-Id"));
            assertEquals("1.0.0", manifest.getValue("Plugin-Version"));
            assertEquals("Acme", manifest.getValue("Plugin-Provider"));
            assertEquals(System.getProperty("benchctl.e2e.apiRequires"), manifest.getValue("Plugin-Requires"));
            String index = new String(
                    jar.getInputStream(jar.getEntry("META-INF/extensions.idx")).readAllBytes());
            assertTrue(index.contains("com.acme.bench.hash.SampleModule"), index);
            assertTrue(
                    jar.stream().noneMatch(e -> e.getName().startsWith("io/benchctl/")), "the API must not be bundled");
        }
    }

    @Test
    void listShowsTheModuleWithItsPluginVersionAndJar() {
        assertEquals(0, list.exitCode(), list.all());
        List<String> row = list.out()
                .lines()
                .map(String::strip)
                .filter(l -> l.startsWith(MODULE_ID + " "))
                .map(l -> Arrays.asList(l.split("\\s+")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + MODULE_ID + " in:\n" + list.all()));
        assertEquals(List.of(MODULE_ID, PLUGIN_ID, "1.0.0", JAR), row.subList(0, 4));
        assertFalse(list.out().contains("Plugins not loaded"), list.all());
    }

    @Test
    void runWritesTheModulesResultsToTheJson() throws IOException {
        assertEquals(0, run.exitCode(), run.all());
        RunResult result = ResultCodec.read(onlyFile(output, ".json"));
        assertEquals(
                List.of(WORKLOAD),
                result.tests().stream().map(WorkloadResult::id).toList());
        WorkloadResult test = result.tests().getFirst();
        assertEquals(WorkloadStatus.OK, test.status(), String.valueOf(test.error()));
        MetricResult throughput = test.metrics().stream()
                .filter(m -> m.name().equals("throughput") && m.thread() == null)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no throughput metric in " + test.metrics()));
        assertEquals("MB/s", throughput.unit());
        assertEquals(3, throughput.samples().size());
        assertTrue(throughput.value() > 0, "throughput " + throughput.value());
        assertTrue(
                result.benchctl().plugins().stream()
                        .anyMatch(p -> p.id().equals(PLUGIN_ID) && p.jar().equals(JAR)),
                String.valueOf(result.benchctl().plugins()));
    }

    @Test
    void runWritesTheModulesResultsToTheMarkdown() throws IOException {
        String markdown = Files.readString(onlyFile(output, ".md"));
        // The Markdown reporter groups workloads under their module: "## acmehash", then a row
        // per workload and metric.
        assertTrue(markdown.lines().anyMatch(l -> l.equals("## " + MODULE_ID)), markdown);
        String row = markdown.lines()
                .filter(l -> l.startsWith("| `sha-256/4KiB` | throughput |"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no throughput row for sha-256/4KiB in:\n" + markdown));
        // Formats scales within the unit's family (1086 MB/s shows as 1.086 GB/s).
        assertTrue(row.matches(".*\\| [kMGT]?B/s \\|.*"), row);
    }

    @Test
    void theOldTestKitCoordinatesRelocateToTheOneKit() throws IOException, InterruptedException {
        // The generated project, still naming the kit by its coordinates before benchctl-testkit.
        Path project = work.resolve(ARTIFACT_ID);
        Path old = work.resolve("old-coordinates");
        copyTree(project.resolve("src"), old.resolve("src"));
        String pom = Files.readString(project.resolve("pom.xml"));
        assertTrue(pom.contains("<artifactId>benchctl-testkit</artifactId>"), pom);
        Files.writeString(
                old.resolve("pom.xml"),
                pom.replace("<artifactId>benchctl-testkit</artifactId>", "<artifactId>platform-testkit</artifactId>"));

        // Compiling the tests needs the kit's classes: only the relocation can bring them.
        Path log = work.resolve("old-coordinates.log");
        maven.run(old, log, "test-compile");
        String text = Files.readString(log);
        assertTrue(
                text.contains("io.benchctl:platform-testkit:jar:" + System.getProperty("benchctl.e2e.version")
                        + " has been relocated to io.benchctl:benchctl-testkit"),
                Maven.tail(log));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }

    /** The run's own file (named by its run id, which holds the run name), not latest.json. */
    private static Path onlyFile(Path dir, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> found = files.map(p -> p.getFileName().toString())
                    .filter(name -> name.contains("-template-e2e-") && name.endsWith(suffix))
                    .map(dir::resolve)
                    .toList();
            assertEquals(1, found.size(), "files ending " + suffix + " in " + dir + ": " + found);
            return found.getFirst();
        }
    }
}
