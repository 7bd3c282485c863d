package io.benchctl.runtime.platform;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * Where one signal comes from on this host.
 *
 * @param source the file or interface it is read from, as a reader names it
 * @param unavailableReason why this host cannot give it; null when it can
 */
@API(status = INTERNAL, since = "1.3")
public record SignalSource(String name, String unit, String source, String unavailableReason) {

    public static SignalSource available(ConditionSignals.Spec spec, String source) {
        return new SignalSource(spec.name(), spec.unit(), source, null);
    }

    public static SignalSource unavailable(ConditionSignals.Spec spec, String source, String reason) {
        return new SignalSource(spec.name(), spec.unit(), source, reason);
    }

    public boolean available() {
        return unavailableReason == null;
    }
}
