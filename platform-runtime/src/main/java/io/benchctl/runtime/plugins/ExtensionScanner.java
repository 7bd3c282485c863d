package io.benchctl.runtime.plugins;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.pf4j.PluginWrapper;
import org.pf4j.processor.ExtensionStorage;

/**
 * Finds a plugin's extensions of one type through PF4J's extension index
 * ({@code META-INF/extensions.idx}, written by PF4J's annotation processor for {@code @Extension})
 * and instantiates each class once. The index is the only registration path (adr/0002):
 * {@code META-INF/services} files are not read.
 */
final class ExtensionScanner {

    static final String INDEX = "META-INF/extensions.idx";

    private ExtensionScanner() {}

    record Found<T>(List<T> instances, List<String> problems) {}

    static <T> Found<T> scan(PluginWrapper plugin, Class<T> type) {
        ClassLoader loader = plugin.getPluginClassLoader();
        List<T> instances = new java.util.ArrayList<>();
        List<String> problems = new java.util.ArrayList<>();
        Set<String> classNames;
        try {
            classNames = indexOf(loader);
        } catch (IOException | UncheckedIOException e) {
            problems.add("cannot read " + INDEX + ": " + rootMessage(e));
            return new Found<>(instances, problems);
        }
        for (String className : classNames) {
            try {
                Class<?> candidate = Class.forName(className, false, loader);
                if (!type.isAssignableFrom(candidate)) {
                    if (implementsByName(candidate, type.getName())) {
                        problems.add(className + " implements its own copy of " + type.getSimpleName()
                                + ": the plugin bundles platform-api; declare it <scope>provided</scope>");
                    }
                    continue; // an extension of another extension point
                }
                instances.add(type.cast(candidate.getDeclaredConstructor().newInstance()));
            } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
                problems.add("cannot create " + className + ": " + rootMessage(e));
            }
        }
        return new Found<>(instances, problems);
    }

    /**
     * The class names in the plugin's own index, read from its JAR (or folder) only. PF4J's
     * extension finder would read the index of every plugin and of the application class path
     * (its 40-odd JARs) again after each plugin starts; the catalog needs one plugin's at a time.
     * A {@link HashSet}, as PF4J's finder collects them, so modules keep their order.
     */
    private static Set<String> indexOf(ClassLoader loader) throws IOException {
        URL index = loader instanceof URLClassLoader own ? own.findResource(INDEX) : loader.getResource(INDEX);
        Set<String> names = new HashSet<>();
        if (index == null) {
            return names;
        }
        URLConnection connection = index.openConnection();
        connection.setUseCaches(false); // a cached JarFile would keep the plugin's JAR open after close()
        try (Reader reader = new InputStreamReader(connection.getInputStream(), StandardCharsets.UTF_8)) {
            ExtensionStorage.read(reader, names);
        }
        return new LinkedHashSet<>(names);
    }

    private static boolean implementsByName(Class<?> candidate, String interfaceName) {
        for (Class<?> c = candidate; c != null; c = c.getSuperclass()) {
            for (Class<?> i : c.getInterfaces()) {
                if (i.getName().equals(interfaceName)) {
                    return true;
                }
            }
        }
        return false;
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
