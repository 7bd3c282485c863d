package ${package};

import io.benchctl.api.BenchmarkModule;
import io.benchctl.api.HostFacts;
import io.benchctl.api.Resource;
import io.benchctl.api.Settings;
import io.benchctl.api.Workload;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pf4j.Extension;

/**
 * The {@code ${moduleId}} benchmark module: how fast this host hashes buffers of a few sizes with
 * a JDK message digest. Replace the measurement with yours; keep the shape.
 *
 * <p>benchctl finds this class through PF4J's extension index, {@code META-INF/extensions.idx},
 * which the annotation processor writes for {@code @Extension}. The runtime creates one instance
 * per process, so it holds no state: state lives in the workloads.
 */
@Extension
public final class SampleModule implements BenchmarkModule {

    @Override
    public String id() {
        return "${moduleId}";
    }

    @Override
    public String description() {
        return "message digest throughput and latency over buffers of several sizes";
    }

    /** Hashing keeps one core busy: never run it beside another CPU-bound module. */
    @Override
    public Set<Resource> resources() {
        return Set.of(Resource.CPU);
    }

    /** The schema of {@code [modules.${moduleId}]}, shipped in the JAR beside this class. */
    @Override
    public String configSchema() {
        try (InputStream in = SampleModule.class.getResourceAsStream("config.schema.json")) {
            if (in == null) {
                throw new IllegalStateException("config.schema.json is missing from the plugin JAR");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Used for every key the profile leaves out. Values are TOML-like: String, Long, List. */
    @Override
    public Map<String, Object> defaults(HostFacts host) {
        return Map.of(
                "algorithm", "SHA-256",
                "buffer_sizes", List.of("4KiB", "1MiB"));
    }

    /** One workload per buffer size; the settings already passed the schema. */
    @Override
    public List<Workload> plan(Settings settings, HostFacts host) {
        String algorithm = settings.getString("algorithm");
        List<String> names = settings.getStringList("buffer_sizes");
        List<Long> sizes = settings.getBytesList("buffer_sizes");
        List<Workload> workloads = new ArrayList<>();
        for (int i = 0; i < sizes.size(); i++) {
            if (sizes.get(i) > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("buffer_sizes: " + names.get(i) + " is larger than one Java array (2GiB)");
            }
            workloads.add(new SampleWorkload(algorithm, names.get(i), sizes.get(i).intValue()));
        }
        return workloads;
    }
}
