package io.benchctl.runtime.host;

import java.util.Map;

/** Interim stand-in. */
public final class SysinfoText {
    private SysinfoText() {}

    public static String render(Map<String, Object> host) {
        return host.toString();
    }
}
