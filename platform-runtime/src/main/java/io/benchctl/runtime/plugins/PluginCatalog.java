package io.benchctl.runtime.plugins;

import io.benchctl.api.ApiVersion;
import io.benchctl.api.BenchmarkModule;
import io.benchctl.api.report.Reporter;
import io.benchctl.api.result.PluginInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.pf4j.CompoundPluginDescriptorFinder;
import org.pf4j.DefaultPluginManager;
import org.pf4j.ManifestPluginDescriptorFinder;
import org.pf4j.PluginDescriptorFinder;
import org.pf4j.PluginManager;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;
import org.pf4j.PropertiesPluginDescriptorFinder;

/**
 * The modules and reporters found in the plugin folders, and the plugins that could not be used.
 *
 * <p>Every fault is confined to its plugin: a corrupt JAR, a missing descriptor, two plugins with
 * one id, a plugin built for another API version, a plugin with no extensions, an extension that
 * cannot be created. Each becomes a {@link PluginProblem}; the rest load.
 */
public final class PluginCatalog implements AutoCloseable {

    private final PluginManager manager;
    private final List<PluginFile> started = new ArrayList<>();
    private List<PluginInfo> plugins;
    private final Map<String, LoadedModule> modules = new LinkedHashMap<>();
    private final Map<String, LoadedReporter> reporters = new LinkedHashMap<>();
    private final List<PluginProblem> problems = new ArrayList<>();

    private PluginCatalog(List<Path> pluginDirs) {
        this.manager = new DefaultPluginManager(pluginDirs.isEmpty() ? List.of(Path.of("plugins")) : pluginDirs) {
            /**
             * The manifest first: benchctl plugins describe themselves there, and PF4J's default
             * order (plugin.properties first) opens every JAR as a zip file system to look for
             * a file that is not there.
             */
            @Override
            protected PluginDescriptorFinder createPluginDescriptorFinder() {
                return new CompoundPluginDescriptorFinder()
                        .add(new ManifestPluginDescriptorFinder())
                        .add(new PropertiesPluginDescriptorFinder());
            }
        };
        this.manager.setSystemVersion(ApiVersion.CURRENT);
    }

    /** Loads and starts every plugin file ({@code *.jar}, {@code *.zip}) in the given folders. */
    public static PluginCatalog load(List<Path> pluginDirs) {
        PluginCatalog catalog = new PluginCatalog(pluginDirs);
        Map<String, PluginFile> byId = new LinkedHashMap<>();
        for (Path file : pluginFiles(pluginDirs, catalog.problems)) {
            catalog.admit(file, byId);
        }
        byId.values().forEach(catalog::start);
        return catalog;
    }

    private static List<Path> pluginFiles(List<Path> dirs, List<PluginProblem> problems) {
        List<Path> files = new ArrayList<>();
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) {
                problems.add(PluginProblem.folder(dir, "does not exist"));
                continue;
            }
            try (Stream<Path> entries = Files.list(dir)) {
                entries.filter(p -> Files.isRegularFile(p))
                        .filter(p ->
                                p.toString().endsWith(".jar") || p.toString().endsWith(".zip"))
                        .sorted()
                        .forEach(files::add);
            } catch (IOException e) {
                problems.add(PluginProblem.folder(dir, "cannot be listed: " + e.getMessage()));
            }
        }
        return files;
    }

    /** Validates a file's descriptor and keeps the first plugin of each id. */
    private void admit(Path file, Map<String, PluginFile> byId) {
        if (file.toString().endsWith(".zip")) {
            loadWithPf4j(file)
                    .ifPresent(wrapper -> byId.putIfAbsent(
                            wrapper.getPluginId(),
                            new PluginFile(
                                    file,
                                    wrapper.getPluginId(),
                                    wrapper.getDescriptor().getVersion(),
                                    wrapper.getDescriptor().getProvider(),
                                    wrapper.getDescriptor().getRequires())));
            return;
        }
        PluginFile plugin;
        try {
            plugin = PluginFile.read(file);
        } catch (PluginFile.PluginFileException e) {
            problems.add(new PluginProblem(file.getFileName().toString(), e.getMessage()));
            return;
        }
        PluginFile first = byId.get(plugin.pluginId());
        if (first != null) {
            problems.add(new PluginProblem(
                    plugin.fileName(),
                    "plugin id '" + plugin.pluginId() + "' is already provided by " + first.fileName()
                            + "; this copy is skipped"));
            return;
        }
        if (loadWithPf4j(file).isPresent()) {
            byId.put(plugin.pluginId(), plugin);
        }
    }

    private Optional<PluginWrapper> loadWithPf4j(Path file) {
        String name = file.getFileName().toString();
        try {
            String id = manager.loadPlugin(file);
            PluginWrapper wrapper = manager.getPlugin(id);
            if (wrapper.getPluginState() == PluginState.DISABLED) {
                problems.add(new PluginProblem(name, disabledReason(wrapper)));
                return Optional.empty();
            }
            return Optional.of(wrapper);
        } catch (RuntimeException | LinkageError e) {
            problems.add(new PluginProblem(name, "cannot be loaded: " + ExtensionScanner.rootMessage(e)));
            return Optional.empty();
        }
    }

    private String disabledReason(PluginWrapper wrapper) {
        String id = wrapper.getPluginId();
        String requires = wrapper.getDescriptor().getRequires();
        if (manager.getVersionManager().checkVersionConstraint(ApiVersion.CURRENT, requires)) {
            return "plugin '" + id + "' is disabled (plugins/disabled.txt or enabled.txt)";
        }
        return "plugin '" + id + "' " + wrapper.getDescriptor().getVersion() + " requires platform API " + requires
                + ", but this benchctl provides API " + ApiVersion.CURRENT;
    }

    private void start(PluginFile file) {
        PluginState state;
        try {
            state = manager.startPlugin(file.pluginId());
        } catch (RuntimeException | LinkageError e) {
            problems.add(new PluginProblem(file.fileName(), "failed to start: " + ExtensionScanner.rootMessage(e)));
            return;
        }
        PluginWrapper wrapper = manager.getPlugin(file.pluginId());
        if (state != PluginState.STARTED) {
            Throwable failure = wrapper.getFailedException();
            problems.add(new PluginProblem(
                    file.fileName(),
                    "did not start (" + state + ")"
                            + (failure == null ? "" : ": " + ExtensionScanner.rootMessage(failure))));
            return;
        }
        PluginInfo info = new PluginInfo(file.pluginId(), file.version(), file.provider(), file.fileName(), "");
        var foundModules = ExtensionScanner.scan(wrapper, BenchmarkModule.class);
        var foundReporters = ExtensionScanner.scan(wrapper, Reporter.class);
        foundModules.problems().forEach(p -> problems.add(new PluginProblem(file.fileName(), p)));
        foundReporters.problems().forEach(p -> problems.add(new PluginProblem(file.fileName(), p)));
        if (foundModules.instances().isEmpty() && foundReporters.instances().isEmpty()) {
            if (foundModules.problems().isEmpty() && foundReporters.problems().isEmpty()) {
                problems.add(new PluginProblem(
                        file.fileName(),
                        "contributes no modules or reporters: its JAR has no "
                                + "META-INF/extensions.idx entries (build it with annotation processing, "
                                + "see PLUGINS.md)"));
            }
            return;
        }
        started.add(file);
        for (BenchmarkModule module : foundModules.instances()) {
            register(modules, safeId(module::id, file), new LoadedModule(module, info), "module", file);
        }
        for (Reporter reporter : foundReporters.instances()) {
            register(reporters, safeId(reporter::id, file), new LoadedReporter(reporter, info), "reporter", file);
        }
    }

    private static String safeId(java.util.function.Supplier<String> id, PluginFile file) {
        try {
            return id.get();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private <T> void register(Map<String, T> registry, String id, T extension, String kind, PluginFile file) {
        if (id == null || !id.matches("[a-z][a-z0-9_-]{0,39}")) {
            problems.add(new PluginProblem(
                    file.fileName(),
                    "a " + kind + " has an invalid id '" + id
                            + "' (expected lower-case letters, digits, '-' or '_'); skipped"));
        } else if (registry.containsKey(id)) {
            problems.add(new PluginProblem(
                    file.fileName(), kind + " id '" + id + "' is already provided by another plugin; skipped"));
        } else {
            registry.put(id, extension);
        }
    }

    /**
     * The plugins that contributed a module or reporter, with each JAR's SHA-256, as a result
     * records them. The hashes are computed on the first call (see {@link PluginFile#sha256()}):
     * the {@link PluginInfo} of a {@link LoadedModule} or {@link LoadedReporter} has none.
     */
    public synchronized List<PluginInfo> plugins() {
        if (plugins == null) {
            plugins = started.stream()
                    .map(f -> new PluginInfo(f.pluginId(), f.version(), f.provider(), f.fileName(), f.sha256()))
                    .toList();
        }
        return plugins;
    }

    public List<LoadedModule> modules() {
        return List.copyOf(modules.values());
    }

    public Optional<LoadedModule> module(String id) {
        return Optional.ofNullable(modules.get(id));
    }

    public List<LoadedReporter> reporters() {
        return List.copyOf(reporters.values());
    }

    public Optional<LoadedReporter> reporter(String id) {
        return Optional.ofNullable(reporters.get(id));
    }

    public List<PluginProblem> problems() {
        return Collections.unmodifiableList(problems);
    }

    /**
     * Stops plugins one by one: PF4J 3.15.0's {@code stopPlugins()} throws
     * ConcurrentModificationException unless exactly two plugins are started (pf4j#656).
     */
    @Override
    public void close() {
        for (PluginWrapper plugin : List.copyOf(manager.getStartedPlugins())) {
            try {
                manager.stopPlugin(plugin.getPluginId());
            } catch (RuntimeException e) {
                // a plugin that fails to stop must not keep the others loaded
            }
        }
        manager.unloadPlugins();
    }
}
