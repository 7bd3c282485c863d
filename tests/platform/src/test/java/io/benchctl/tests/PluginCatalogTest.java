package io.benchctl.tests;

import static io.benchctl.tests.Fixtures.JSON_REPORTER;
import static io.benchctl.tests.Fixtures.TEST_PLUGIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.benchctl.runtime.plugins.LoadedModule;
import io.benchctl.runtime.plugins.PluginCatalog;
import io.benchctl.runtime.plugins.PluginProblem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plugin discovery from real JARs in real folders, and each plugin fault confined to its plugin. */
@org.junit.jupiter.api.Tag("reliability-plugin-faults")
class PluginCatalogTest {
    @TempDir
    Path temp;

    @Test
    void findsModulesAndReportersOfRealPluginJars() throws Exception {
        Path plugins = Fixtures.pluginsDir(temp, TEST_PLUGIN, JSON_REPORTER);
        try (PluginCatalog catalog = PluginCatalog.load(List.of(plugins))) {
            assertEquals(List.of(), catalog.problems());
            assertEquals(
                    List.of("fault", "sample", "series", "sleep_cpu", "sleep_disk"),
                    catalog.modules().stream()
                            .map(m -> m.module().id())
                            .sorted()
                            .toList());
            assertEquals(
                    List.of("json"),
                    catalog.reporters().stream().map(r -> r.reporter().id()).toList());
            LoadedModule sample = catalog.module("sample").orElseThrow();
            assertEquals("test-plugin", sample.plugin().id());
            assertEquals(TEST_PLUGIN, sample.plugin().jar());
            String sha = HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(Files.readAllBytes(plugins.resolve(TEST_PLUGIN))));
            // the hash is what a result records (catalog.plugins()); it is computed only when asked for
            assertEquals(
                    List.of(sha),
                    catalog.plugins().stream()
                            .filter(p -> p.id().equals("test-plugin"))
                            .map(p -> p.sha256())
                            .toList());
        }
    }

    @Test
    void aMissingPluginsFolderIsCalledAFolderAndTheOthersStillLoad() throws Exception {
        Path plugins = Fixtures.pluginsDir(temp, TEST_PLUGIN, JSON_REPORTER);
        Path missing = temp.resolve("no-such-folder");
        var run = Fixtures.cli(
                "run",
                "--plugins-dir",
                missing.toString(),
                "--plugins-dir",
                plugins.toString(),
                "--profile",
                Fixtures.profile(temp, "[modules.sample]\n").toString(),
                "--output",
                temp.resolve("out").toString(),
                "--no-tui");
        assertEquals(0, run.exitCode(), run.all());
        assertTrue(
                run.err()
                        .contains("benchctl: warning: plugins folder " + missing
                                + ": does not exist; no plugins loaded from it"),
                run.err());
        assertTrue(!run.err().contains("plugin " + missing + " skipped"), run.err());
    }

    @Test
    void firstPartyPluginContributesExtensionsThroughTheIndex() throws Exception {
        // PF4J's index is silently missing when annotation processing does not run (STACK-NOTES).
        try (var jar =
                new java.util.jar.JarFile(Fixtures.builtJar(JSON_REPORTER).toFile())) {
            assertTrue(
                    jar.getEntry("META-INF/extensions.idx") != null,
                    "json reporter JAR lacks its PF4J extension index");
        }
        try (var jar = new java.util.jar.JarFile(Fixtures.builtJar(TEST_PLUGIN).toFile())) {
            String index = new String(
                    jar.getInputStream(jar.getEntry("META-INF/extensions.idx")).readAllBytes());
            assertTrue(index.contains("io.benchctl.testplugin.SleepModule$Cpu"), index);
        }
    }

    @Test
    void corruptJarIsReportedByNameAndTheRestLoad() throws Exception {
        Path plugins = Fixtures.pluginsDir(temp, TEST_PLUGIN, JSON_REPORTER);
        Files.write(plugins.resolve("broken.jar"), "this is not a zip file".getBytes());
        try (PluginCatalog catalog = PluginCatalog.load(List.of(plugins))) {
            PluginProblem problem = only(catalog.problems());
            assertEquals("broken.jar", problem.source());
            assertTrue(problem.reason().startsWith("not a readable JAR"), problem.reason());
            assertEquals(5, catalog.modules().size());
        }
    }

    @Test
    void duplicatePluginIdKeepsTheFirstAndNamesTheSecond() throws Exception {
        Path plugins = Fixtures.pluginsDir(temp, TEST_PLUGIN);
        Files.copy(plugins.resolve(TEST_PLUGIN), plugins.resolve("zz-copy.jar"));
        try (PluginCatalog catalog = PluginCatalog.load(List.of(plugins))) {
            PluginProblem problem = only(catalog.problems());
            assertEquals("zz-copy.jar", problem.source());
            assertTrue(
                    problem.reason().contains("'test-plugin' is already provided by " + TEST_PLUGIN), problem.reason());
            assertEquals(5, catalog.modules().size());
        }
    }

    @Test
    void pluginBuiltForAnotherApiMajorIsRefusedWithBothVersions() throws Exception {
        Path plugins = Fixtures.pluginsDir(temp, JSON_REPORTER);
        Fixtures.withManifest(
                Fixtures.builtJar(TEST_PLUGIN),
                plugins.resolve("future.jar"),
                Map.of("Plugin-Requires", ">=2.0.0 & <3.0.0"));
        try (PluginCatalog catalog = PluginCatalog.load(List.of(plugins))) {
            PluginProblem problem = only(catalog.problems());
            assertEquals("future.jar", problem.source());
            assertTrue(problem.reason().contains("requires platform API >=2.0.0 & <3.0.0"), problem.reason());
            assertTrue(
                    problem.reason().contains("provides API " + System.getProperty("benchctl.test.apiVersion")),
                    problem.reason());
            assertTrue(catalog.modules().isEmpty());
            assertEquals(1, catalog.reporters().size());
        }
    }

    @Test
    void pluginWithoutDescriptorOrWithoutExtensionsIsNamed() throws Exception {
        Path plugins = Fixtures.pluginsDir(temp, JSON_REPORTER);
        Fixtures.withManifest(
                Fixtures.builtJar(TEST_PLUGIN),
                plugins.resolve("anonymous.jar"),
                java.util.Collections.singletonMap("Plugin-Id", null));
        Fixtures.emptyPlugin(plugins.resolve("empty.jar"), "empty");
        try (PluginCatalog catalog = PluginCatalog.load(List.of(plugins))) {
            assertEquals(2, catalog.problems().size(), catalog.problems().toString());
            assertTrue(catalog.problems().get(0).toString().startsWith("anonymous.jar: manifest has no Plugin-Id"));
            assertTrue(
                    catalog.problems().get(1).toString().startsWith("empty.jar: contributes no modules or reporters"));
            assertEquals(1, catalog.reporters().size());
        }
    }

    @Test
    void disabledTxtSwitchesAPluginOff() throws Exception {
        Path plugins = Fixtures.pluginsDir(temp, TEST_PLUGIN, JSON_REPORTER);
        Files.writeString(plugins.resolve("disabled.txt"), "test-plugin\n");
        try (PluginCatalog catalog = PluginCatalog.load(List.of(plugins))) {
            assertTrue(catalog.modules().isEmpty());
            assertTrue(only(catalog.problems()).reason().contains("disabled"));
        }
    }

    private static PluginProblem only(List<PluginProblem> problems) {
        assertEquals(1, problems.size(), problems.toString());
        return problems.get(0);
    }
}
