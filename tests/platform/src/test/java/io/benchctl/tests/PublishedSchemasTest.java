package io.benchctl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.benchctl.runtime.plugins.LoadedModule;
import io.benchctl.runtime.plugins.PluginCatalog;
import io.benchctl.runtime.result.ResultCodec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * Each first-party module's schema ships inside its plugin and is published under
 * schemas/modules/; the two must never drift apart, and every shipped plugin must contribute.
 */
@EnabledOnOs(
        value = OS.LINUX,
        disabledReason =
                "needs Linux (procfs, signals, namespaces or the bash launcher); the portable subset leaves it out")
class PublishedSchemasTest {
    private static final Path SCHEMAS = Path.of(System.getProperty("benchctl.test.schemas"));

    @Test
    void publishedModuleSchemasMatchTheShippedPlugins() throws Exception {
        try (PluginCatalog catalog = PluginCatalog.load(List.of(LauncherTest.DIST.resolve("plugins")))) {
            assertEquals(List.of(), catalog.problems(), "every shipped plugin loads and contributes");
            assertEquals(
                    List.of("cpu", "disk", "memory", "network", "syscall"),
                    catalog.modules().stream()
                            .map(m -> m.module().id())
                            .sorted()
                            .toList());
            assertFalse(catalog.reporters().isEmpty());
            for (LoadedModule loaded : catalog.modules()) {
                Path published =
                        SCHEMAS.resolve("modules").resolve(loaded.module().id() + ".schema.json");
                assertTrue(Files.isRegularFile(published), "not published: " + published);
                assertEquals(
                        ResultCodec.mapper().readTree(loaded.module().configSchema()),
                        ResultCodec.mapper().readTree(Files.readString(published)),
                        published + " differs from the schema inside "
                                + loaded.plugin().jar() + " (regenerate it with `benchctl describe "
                                + loaded.module().id() + "`)");
            }
        }
    }
}
