package io.benchctl.runtime.cli;

import io.benchctl.api.HostFacts;
import io.benchctl.runtime.config.EffectiveProfile;
import io.benchctl.runtime.config.ModuleSchema;
import io.benchctl.runtime.config.ProfileException;
import io.benchctl.runtime.config.ProfileLoader;
import io.benchctl.runtime.host.HostProbe;
import io.benchctl.runtime.plugins.LoadedModule;
import io.benchctl.runtime.plugins.PluginCatalog;
import io.benchctl.runtime.plugins.PluginProblem;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What most commands start with: the plugin catalog and the host facts, and profile loading. */
final class Session implements AutoCloseable {
    private final PluginCatalog catalog;
    private HostFacts facts;

    private Session(PluginCatalog catalog) {
        this.catalog = catalog;
    }

    /** Loads every plugin; the host facts are read when first asked for ({@code list} never does). */
    static Session open(GlobalOptions global) {
        return new Session(PluginCatalog.load(Home.pluginDirs(global.pluginDirs)));
    }

    PluginCatalog catalog() {
        return catalog;
    }

    HostFacts facts() {
        if (facts == null) {
            facts = HostProbe.facts();
        }
        return facts;
    }

    /** Plugin faults are warnings: the run goes on without the plugin. */
    void warnAboutProblems(PrintWriter err) {
        for (PluginProblem problem : catalog.problems()) {
            err.println("benchctl: warning: " + problem.warning());
        }
        err.flush();
    }

    Map<String, ModuleSchema> schemas() {
        Map<String, ModuleSchema> schemas = new LinkedHashMap<>();
        for (LoadedModule loaded : catalog.modules()) {
            var module = loaded.module();
            schemas.put(module.id(), new ModuleSchema(module.id(), module.configSchema(), module.defaults(facts())));
        }
        return schemas;
    }

    /**
     * Loads, merges and validates a profile.
     *
     * @throws UserException (exit 2) with every error found
     */
    EffectiveProfile loadProfile(Path profile, List<String> sets, List<String> modules) {
        if (profile != null && !Files.isRegularFile(profile)) {
            throw new UserException(ExitCodes.USAGE, profile + ": no such profile file");
        }
        try {
            EffectiveProfile effective = new ProfileLoader().load(profile, sets, schemas());
            return modules == null || modules.isEmpty() ? effective : effective.narrow(modules);
        } catch (ProfileException e) {
            throw new UserException(ExitCodes.USAGE, e.getMessage());
        }
    }

    @Override
    public void close() {
        catalog.close();
    }
}
