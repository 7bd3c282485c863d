package io.benchctl.runtime.host;

import io.benchctl.runtime.platform.HostProbes;
import java.util.Map;
import org.slf4j.LoggerFactory;
import oshi.SystemInfo;
import oshi.software.os.OperatingSystem;

/**
 * The {@code os}, {@code kernel} and {@code hostname} entries of the host block. Where the
 * platform layer states the kernel release (Linux, macOS) only the OS name and version need OSHI,
 * so the required entries survive where OSHI's native library cannot load (a noexec temp folder,
 * a libc JNA does not support).
 */
final class OsSection {

    private OsSection() {}

    static Map<String, Object> collect(SystemInfo systemInfo, HostProbes probes) {
        String stated = probes.kernelRelease().orElse(null);
        OperatingSystem os = null;
        try {
            os = systemInfo.getOperatingSystem();
        } catch (RuntimeException | LinkageError e) {
            if (stated == null) {
                throw e;
            }
            LoggerFactory.getLogger(OsSection.class).debug("OSHI cannot name the OS", e);
        }
        var versionInfo = os == null ? null : os.getVersionInfo();
        Fields osFields = new Fields()
                .put("name", os == null ? null : os.getFamily())
                .put(
                        "version",
                        versionInfo == null ? null : withCodeName(versionInfo.getVersion(), versionInfo.getCodeName()))
                .put("family", HostProbe.osFamily())
                .put("arch", System.getProperty("os.arch"))
                .putPositive("bitness", os == null ? 0 : os.getBitness());
        // `uname -r` where the layer states it; elsewhere OSHI's build number names the kernel.
        String kernel = stated != null ? stated : versionInfo == null ? null : versionInfo.getBuildNumber();
        OperatingSystem named = os;
        String hostname = probes.hostname()
                .orElseGet(() -> named == null ? null : named.getNetworkParams().getHostName());
        return new Fields()
                .put("os", osFields.map())
                .put("kernel", kernel != null ? kernel : System.getProperty("os.version"))
                .put("hostname", hostname)
                .map();
    }

    private static String withCodeName(String version, String codeName) {
        boolean hasCodeName = codeName != null && !codeName.isBlank() && !codeName.equalsIgnoreCase("unknown");
        return hasCodeName && version != null ? version + " (" + codeName + ")" : version;
    }
}
