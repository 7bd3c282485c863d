package io.benchctl.plugins.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * JLine's FFM terminal provider works from a plugin's own class loader, with the launcher's
 * {@code --enable-native-access=ALL-UNNAMED} and nothing else: checked in a real pseudo-terminal
 * made by util-linux {@code script} (skipped where it is missing).
 */
class FfmFromPluginLoaderTest {

    private static final Path SCRIPT = Path.of("/usr/bin/script");

    @Test
    void theFfmProviderOpensTheTerminalFromThePluginClassLoader() throws Exception {
        assumeTrue(Files.isExecutable(SCRIPT), "no " + SCRIPT + ": pseudo-terminal test skipped");
        String pluginClassPath = Stream.of(
                        TerminalFactory.class,
                        org.jline.terminal.Terminal.class,
                        Class.forName("org.jline.terminal.impl.ffm.FfmTerminalProvider"),
                        org.slf4j.LoggerFactory.class)
                .map(type ->
                        type.getProtectionDomain().getCodeSource().getLocation().toString())
                .collect(Collectors.joining(" "));
        String probeClassPath = PluginLoaderProbe.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .getPath();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String command = java + " --enable-native-access=ALL-UNNAMED -cp " + probeClassPath + " "
                + PluginLoaderProbe.class.getName() + " " + pluginClassPath;
        Process process = new ProcessBuilder(List.of(SCRIPT.toString(), "-qec", command, "/dev/null"))
                .redirectErrorStream(true)
                .start();
        process.getOutputStream().close();
        boolean finished = process.waitFor(60, TimeUnit.SECONDS);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!finished) {
            process.destroyForcibly().waitFor();
        }
        assertTrue(finished, "probe did not finish: " + output);
        assertEquals(0, process.exitValue(), output);
        assertTrue(output.contains("probe: org.jline.terminal.impl.ffm.FfmNativePty loaded by plugin"), output);
        assertFalse(output.contains("WARNING"), "no restricted-method warning: " + output);
    }
}
