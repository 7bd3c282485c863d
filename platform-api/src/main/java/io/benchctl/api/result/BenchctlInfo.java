package io.benchctl.api.result;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import org.apiguardian.api.API;

/** What produced a result. */
@API(status = STABLE, since = "1.0")
public record BenchctlInfo(
        String version, String apiVersion, String gitCommit, String javaVersion, List<PluginInfo> plugins) {}
