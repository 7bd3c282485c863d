package io.benchctl.runtime.host;

import java.nio.file.Path;
import java.util.Map;
import org.slf4j.LoggerFactory;
import oshi.SystemInfo;
import oshi.software.os.OperatingSystem;

/**
 * The {@code os}, {@code kernel} and {@code hostname} entries of the host block. On Linux only
 * the OS name and version need OSHI, so the required entries survive where OSHI's native library
 * cannot load (a noexec temp folder, a libc JNA does not support).
 */
final class OsSection {

    private OsSection() {}

    static Map<String, Object> collect(SystemInfo systemInfo, boolean linux) {
        OperatingSystem os = null;
        try {
            os = systemInfo.getOperatingSystem();
        } catch (RuntimeException | LinkageError e) {
            if (!linux) {
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
        // On Linux this is `uname -r`; elsewhere OSHI's build number names the kernel.
        String kernel = linux
                ? SysFiles.read(Path.of("/proc/sys/kernel/osrelease"))
                : versionInfo == null ? null : versionInfo.getBuildNumber();
        String hostname = linux
                ? SysFiles.read(Path.of("/proc/sys/kernel/hostname"))
                : os.getNetworkParams().getHostName();
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
