package io.benchctl.api;

import static org.apiguardian.api.API.Status.STABLE;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.apiguardian.api.API;

/**
 * The semantic version of this API. A plugin's {@code Plugin-Requires} range is checked against
 * it; a plugin built for another major version is refused by name.
 */
@API(status = STABLE, since = "1.0")
public final class ApiVersion {
    /** The version of the platform API on the class path, e.g. {@code 1.0.0}. */
    public static final String CURRENT = load();

    private ApiVersion() {}

    private static String load() {
        try (InputStream in = ApiVersion.class.getResourceAsStream("api-version.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("api.version");
        } catch (IOException | NullPointerException e) {
            throw new UncheckedIOException(new IOException("platform-api is missing api-version.properties", e));
        }
    }
}
