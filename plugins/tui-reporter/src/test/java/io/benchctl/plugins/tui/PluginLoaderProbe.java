package io.benchctl.plugins.tui;

import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Optional;

/**
 * Run in a pseudo-terminal by {@link FfmFromPluginLoaderTest}: loads the plugin's classes and
 * JLine in their own class loader, as PF4J does (the application class path has neither), opens
 * the terminal and prints which one it got.
 */
public final class PluginLoaderProbe {

    private PluginLoaderProbe() {}

    public static void main(String[] args) throws Exception {
        URL[] urls = new URL[args.length];
        for (int i = 0; i < args.length; i++) {
            urls[i] = URI.create(args[i]).toURL();
        }
        try (URLClassLoader plugin = new URLClassLoader("plugin", urls, ClassLoader.getPlatformClassLoader())) {
            Method open =
                    plugin.loadClass("io.benchctl.plugins.tui.TerminalFactory").getDeclaredMethod("openSystemTerminal");
            open.setAccessible(true);
            Optional<?> terminal = (Optional<?>) open.invoke(null);
            if (terminal.isEmpty()) {
                System.out.println("probe: no terminal");
                return;
            }
            Object opened = terminal.get();
            Object pty = opened.getClass().getMethod("getPty").invoke(opened);
            System.out.println("probe: " + pty.getClass().getName() + " loaded by "
                    + pty.getClass().getClassLoader().getName());
            ((AutoCloseable) opened).close();
        }
    }
}
