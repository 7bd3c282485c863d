package io.benchctl.api;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A benchmark module: the extension point a plugin implements (annotate the class with PF4J's
 * {@code @Extension} and list it in {@code META-INF/services/io.benchctl.api.BenchmarkModule}).
 *
 * <p>A module describes itself and its settings, then expands its validated settings into
 * {@link Workload}s (one per variant, such as {@code triad/1GiB/stride1}); the runtime drives
 * each workload through its lifecycle. Everything optional is a default method.
 *
 * <p>Instances are created once per process by the runtime and must be stateless; state belongs
 * in the workloads.
 */
@API(status = STABLE, since = "1.0")
public interface BenchmarkModule {

    /** A short lower-case id, unique across plugins: the key under {@code [modules.<id>]}. */
    String id();

    /** One line for {@code benchctl list}. */
    String description();

    /** The resources this module's workloads contend for. */
    Set<Resource> resources();

    /**
     * The JSON Schema (draft 2020-12) of this module's {@code [modules.<id>]} table, as JSON
     * text. It should set {@code "additionalProperties": false} so that misspelt keys are caught.
     */
    String configSchema();

    /**
     * Default settings, which may depend on the host (e.g. thread count = cores). Values are
     * TOML-like: String, Long, Double, Boolean, or List of those.
     */
    default Map<String, Object> defaults(HostFacts host) {
        return Map.of();
    }

    /**
     * Expands validated settings into workloads, in the order they should run.
     *
     * @param settings the effective settings: defaults merged with the profile and {@code --set}
     * @param host facts about the host the workloads will run on
     * @throws IllegalArgumentException when settings that passed the schema are still unusable
     *     together; the message is shown to the user
     */
    List<Workload> plan(Settings settings, HostFacts host);
}
