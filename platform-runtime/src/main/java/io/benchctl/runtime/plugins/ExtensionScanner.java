package io.benchctl.runtime.plugins;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.pf4j.PluginManager;
import org.pf4j.PluginWrapper;

/**
 * Finds a plugin's extensions of one type through PF4J's extension index
 * ({@code META-INF/extensions.idx}, written by PF4J's annotation processor for {@code @Extension})
 * and instantiates each class once. The index is the only registration path (adr/0002):
 * {@code META-INF/services} files are not read.
 */
final class ExtensionScanner {

    private ExtensionScanner() {}

    record Found<T>(List<T> instances, List<String> problems) {}

    static <T> Found<T> scan(PluginManager manager, PluginWrapper plugin, Class<T> type) {
        ClassLoader loader = plugin.getPluginClassLoader();
        Set<String> classNames = new LinkedHashSet<>(manager.getExtensionClassNames(plugin.getPluginId()));

        List<T> instances = new java.util.ArrayList<>();
        List<String> problems = new java.util.ArrayList<>();
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
