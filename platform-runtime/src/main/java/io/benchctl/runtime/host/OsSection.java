package io.benchctl.runtime.host;

import java.nio.file.Path;
import oshi.SystemInfo;
import oshi.software.os.OperatingSystem;

/** The {@code os}, {@code kernel} and {@code hostname} entries of the host block. */
final class OsSection {

    private OsSection() {}

    static void collect(SystemInfo systemInfo, boolean linux, Fields host) {
        OperatingSystem os = systemInfo.getOperatingSystem();
        var versionInfo = os.getVersionInfo();
        String codeName = versionInfo.getCodeName();
        String version = versionInfo.getVersion();
        boolean hasCodeName = codeName != null && !codeName.isBlank() && !codeName.equalsIgnoreCase("unknown");
        host.put("os", new Fields()
                .put("name", os.getFamily())
                .put("version", hasCodeName && version != null ? version + " (" + codeName + ")" : version)
                .put("family", HostProbe.osFamily())
                .put("arch", System.getProperty("os.arch"))
                .putPositive("bitness", os.getBitness())
                .map());
        // On Linux os.version is the kernel release; elsewhere OSHI's build number names the kernel.
        String kernel = linux ? SysFiles.read(Path.of("/proc/sys/kernel/osrelease")) : versionInfo.getBuildNumber();
        host.put("kernel", kernel != null ? kernel : System.getProperty("os.version"));
        String hostname = linux ? SysFiles.read(Path.of("/proc/sys/kernel/hostname")) : null;
        host.put("hostname", hostname != null ? hostname : os.getNetworkParams().getHostName());
    }
}
