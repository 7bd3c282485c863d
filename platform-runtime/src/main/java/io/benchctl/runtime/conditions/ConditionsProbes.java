package io.benchctl.runtime.conditions;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.benchctl.runtime.platform.ConditionsProbe;
import io.benchctl.runtime.platform.linux.LinuxConditionsProbe;
import io.benchctl.runtime.platform.portable.PortableConditionsProbe;
import java.util.Locale;
import org.apiguardian.api.API;

/** The conditions probe of the host the runtime runs on. */
@API(status = INTERNAL, since = "1.3")
public final class ConditionsProbes {
    private ConditionsProbes() {}

    public static ConditionsProbe system() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux")
                ? new LinuxConditionsProbe()
                : new PortableConditionsProbe();
    }
}
