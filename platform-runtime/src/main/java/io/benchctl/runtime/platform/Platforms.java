package io.benchctl.runtime.platform;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.benchctl.runtime.platform.linux.LinuxPlatform;
import io.benchctl.runtime.platform.macos.MacPlatform;
import io.benchctl.runtime.platform.portable.PortablePlatform;
import java.util.List;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * Chooses the process's {@link PlatformLayer}, once: the one named by
 * {@code -Dbenchctl.platform} (else the {@code BENCHCTL_PLATFORM} environment variable), else the
 * one for {@code os.name} (Linux, macOS), else the portable one.
 */
@API(status = INTERNAL, since = "1.3")
public final class Platforms {
    /** The system property that overrides the choice. */
    public static final String PROPERTY = "benchctl.platform";

    /** The environment variable read when the property is not set. */
    public static final String ENVIRONMENT = "BENCHCTL_PLATFORM";

    /** The names {@link #PROPERTY} accepts. */
    public static final List<String> NAMES = List.of(LinuxPlatform.NAME, PortablePlatform.NAME, MacPlatform.NAME);

    private static volatile PlatformLayer current;

    private Platforms() {}

    /**
     * The layer of this process, chosen on first use.
     *
     * @throws UnknownPlatformException when the property or variable names no layer
     */
    public static PlatformLayer current() {
        PlatformLayer layer = current;
        if (layer == null) {
            synchronized (Platforms.class) {
                layer = current;
                if (layer == null) {
                    layer = select(requested(), System.getProperty("os.name", ""));
                    current = layer;
                }
            }
        }
        return layer;
    }

    /**
     * Checks the requested name without building the layer (a command that never needs it pays
     * nothing), so that a misspelt name fails every command the same way.
     *
     * @throws UnknownPlatformException when the property or variable names no layer
     */
    public static void checkRequested() {
        String requested = requested();
        if (requested != null && !NAMES.contains(requested.toLowerCase(Locale.ROOT))) {
            throw new UnknownPlatformException(requested);
        }
    }

    /** The name asked for by the property, else the environment variable; null when neither is set. */
    static String requested() {
        String property = System.getProperty(PROPERTY);
        String value = property != null ? property : System.getenv(ENVIRONMENT);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * @param requested a layer's name, or null to choose by {@code osName}
     * @param osName the JVM's {@code os.name}
     * @throws UnknownPlatformException when {@code requested} names no layer
     */
    public static PlatformLayer select(String requested, String osName) {
        String name = requested != null ? requested.toLowerCase(Locale.ROOT) : defaultName(osName);
        return switch (name) {
            case LinuxPlatform.NAME -> new LinuxPlatform();
            case MacPlatform.NAME -> new MacPlatform();
            case PortablePlatform.NAME -> new PortablePlatform(osName);
            default -> throw new UnknownPlatformException(requested);
        };
    }

    /** The layer {@code os.name} gets by default: {@code linux}, {@code macos} or {@code portable}. */
    public static String defaultName(String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("linux")) {
            return LinuxPlatform.NAME;
        }
        return os.startsWith("mac") || os.startsWith("darwin") ? MacPlatform.NAME : PortablePlatform.NAME;
    }

    /** A {@link #PROPERTY} or {@link #ENVIRONMENT} value that names no layer: a usage error. */
    public static final class UnknownPlatformException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        UnknownPlatformException(String requested) {
            super("unknown platform layer '" + requested + "' (-D" + PROPERTY + " or " + ENVIRONMENT + "): use one of "
                    + String.join(", ", NAMES));
        }
    }
}
