package io.benchctl.runtime.cli;

import io.benchctl.api.ApiVersion;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** benchctl's version, API version, git commit and Java version, from the build. */
public final class VersionInfo implements IVersionProvider {
    private static final Properties BUILD = load();

    public static String version() {
        return BUILD.getProperty("version", "unknown");
    }

    public static String commit() {
        return BUILD.getProperty("commit", "unknown");
    }

    @Override
    public String[] getVersion() {
        return new String[] {
            "benchctl " + version(),
            "platform API " + ApiVersion.CURRENT,
            "git commit " + commit(),
            "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"
        };
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = VersionInfo.class.getResourceAsStream("/io/benchctl/runtime/version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // a build without the file reports "unknown"
        }
        return properties;
    }
}
