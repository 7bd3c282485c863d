package io.benchctl.runtime.host;

import java.net.SocketException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import oshi.SystemInfo;
import oshi.hardware.NetworkIF;

/** The {@code nics} list: network interfaces other than loopback. */
final class NetworkSection {

    private NetworkSection() {}

    static List<Map<String, Object>> nics(SystemInfo systemInfo) {
        List<Map<String, Object>> nics = new ArrayList<>();
        for (NetworkIF nic : systemInfo.getHardware().getNetworkIFs(false)) {
            if (isLoopback(nic)) {
                continue;
            }
            nics.add(new Fields()
                    .put("name", nic.getName())
                    .put("mac", nic.getMacaddr())
                    // OSHI reports bits per second; 0 where the driver does not say (virtio, Wi-Fi).
                    .putPositive("speedBitsPerSecond", nic.getSpeed())
                    .putPositive("mtuBytes", nic.getMTU())
                    .put("status", nic.getIfOperStatus().name().toLowerCase(Locale.ROOT))
                    .map());
        }
        return nics;
    }

    private static boolean isLoopback(NetworkIF nic) {
        try {
            return nic.queryNetworkInterface().isLoopback();
        } catch (SocketException e) {
            return nic.getName().equals("lo");
        }
    }
}
