package io.benchctl.runtime.baseline;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.benchctl.api.result.PluginInfo;
import io.benchctl.api.result.RunResult;
import java.util.Map;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * What must match for two runs' figures to be comparable.
 *
 * @param hostFingerprint {@code host.fingerprint} of the result
 * @param jvmVersion {@code host.jvm.version}, else {@code benchctl.javaVersion}
 * @param benchctlVersion {@code benchctl.version}
 * @param plugins plugin id to plugin version
 * @param profileHash see {@link ProfileHash}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record RunIdentity(
        String hostFingerprint,
        String jvmVersion,
        String benchctlVersion,
        Map<String, String> plugins,
        String profileHash) {

    /** Reads the identity of a result; fields the result lacks are null. */
    public static RunIdentity of(RunResult result) {
        Map<String, String> plugins = new TreeMap<>();
        String benchctlVersion = null;
        String javaVersion = null;
        if (result.benchctl() != null) {
            benchctlVersion = result.benchctl().version();
            javaVersion = result.benchctl().javaVersion();
            if (result.benchctl().plugins() != null) {
                for (PluginInfo plugin : result.benchctl().plugins()) {
                    plugins.put(plugin.id(), plugin.version());
                }
            }
        }
        Map<String, Object> host = result.host() == null ? Map.of() : result.host();
        String jvmVersion = host.get("jvm") instanceof Map<?, ?> jvm && jvm.get("version") != null
                ? String.valueOf(jvm.get("version"))
                : javaVersion;
        Object fingerprint = host.get("fingerprint");
        return new RunIdentity(
                fingerprint == null ? null : String.valueOf(fingerprint),
                jvmVersion,
                benchctlVersion,
                plugins,
                ProfileHash.of(result.profile()));
    }

    /** The major version of benchctl ({@code 1} of {@code 1.4.2}), or null. */
    public String benchctlMajor() {
        if (benchctlVersion == null) {
            return null;
        }
        int dot = benchctlVersion.indexOf('.');
        return dot < 0 ? benchctlVersion : benchctlVersion.substring(0, dot);
    }
}
