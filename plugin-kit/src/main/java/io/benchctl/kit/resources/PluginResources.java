package io.benchctl.kit.resources;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apiguardian.api.API;

/** Text files shipped inside a plugin JAR, such as a module's JSON Schema. */
@API(status = EXPERIMENTAL, since = "1.0")
public final class PluginResources {
    private PluginResources() {}

    /**
     * The UTF-8 text of {@code name}, resolved beside {@code anchor} as {@link Class#getResourceAsStream}
     * does.
     *
     * @throws UncheckedIOException naming the resource and the class when it is missing or unreadable
     */
    public static String text(Class<?> anchor, String name) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException(name + " is missing beside " + anchor.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
