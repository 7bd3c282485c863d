package io.benchctl.testkit;

import io.benchctl.api.BenchmarkModule;
import io.benchctl.api.HostFacts;
import io.benchctl.api.Resource;
import io.benchctl.api.Settings;
import io.benchctl.api.Workload;
import java.util.List;
import java.util.Set;

/**
 * The module around a workload under test on its own: it plans exactly that workload and
 * accepts any settings (the workload's own module validates them in a whole-module test).
 */
record SingleWorkloadModule(String id, Workload workload) implements BenchmarkModule {
    private static final String OPEN_SCHEMA =
            "{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\",\"type\":\"object\"}";

    @Override
    public String description() {
        return "the workload '" + workload.variant() + "' under test";
    }

    @Override
    public Set<Resource> resources() {
        return Set.of();
    }

    @Override
    public String configSchema() {
        return OPEN_SCHEMA;
    }

    @Override
    public List<Workload> plan(Settings settings, HostFacts host) {
        return List.of(workload);
    }
}
