package io.benchctl.runtime.host;

import io.benchctl.runtime.platform.HostProbes;
import io.benchctl.runtime.platform.HostProbes.FirmwareField;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code virtualization} object: whether benchctl runs in a VM, a container, both or neither,
 * and the evidence. Only cheap file and environment checks; nothing is forked.
 */
final class Virtualization {

    /** DMI vendors and products that only virtual machines report. */
    private static final List<String> VM_DMI_MARKERS = List.of(
            "qemu",
            "kvm",
            "vmware",
            "virtualbox",
            "innotek",
            "xen",
            "bochs",
            "parallels",
            "amazon ec2",
            "google compute engine",
            "virtual machine",
            "openstack",
            "cloud hypervisor",
            "firecracker");

    private Virtualization() {}

    static Map<String, Object> collect(HostProbes probes, boolean hypervisorFlag) {
        String systemVendor = probes.firmware(FirmwareField.SYSTEM_VENDOR).orElse(null);
        String productName = probes.firmware(FirmwareField.PRODUCT_NAME).orElse(null);
        String hypervisorType = probes.firmware(FirmwareField.HYPERVISOR_TYPE).orElse(null);
        String dmi = (systemVendor + " " + productName).toLowerCase(Locale.ROOT);
        boolean vm = hypervisorFlag
                || hypervisorType != null
                || VM_DMI_MARKERS.stream().anyMatch(dmi::contains);

        List<String> evidence = new ArrayList<>();
        if (hypervisorFlag) {
            evidence.add("cpu flag hypervisor");
        }
        String container = containerRuntime(probes, evidence);
        String kind = container == null ? (vm ? "vm" : "bare-metal") : (vm ? "container-in-vm" : "container");
        return new Fields()
                .put("kind", kind)
                .put("vm", vm)
                .put("hypervisorType", hypervisorType)
                .put("systemVendor", systemVendor)
                .put("productName", productName)
                .put("container", container)
                .put("evidence", evidence)
                .map();
    }

    /** The container runtime, or null outside a container; adds what showed it to {@code evidence}. */
    private static String containerRuntime(HostProbes probes, List<String> evidence) {
        String found = null;
        if (System.getenv("KUBERNETES_SERVICE_HOST") != null) {
            evidence.add("env KUBERNETES_SERVICE_HOST");
            found = "kubernetes";
        }
        if (Files.exists(Path.of("/run/.containerenv"))) {
            evidence.add("/run/.containerenv");
            found = found != null ? found : "podman";
        }
        if (Files.exists(Path.of("/.dockerenv"))) {
            evidence.add("/.dockerenv");
            found = found != null ? found : "docker";
        }
        String cgroup = probes.controlGroups().orElse("");
        for (String marker : List.of("kubepods", "docker", "libpod", "containerd", "lxc")) {
            if (cgroup.contains(marker)) {
                evidence.add("cgroup " + marker);
                found = found != null
                        ? found
                        : marker.equals("kubepods") ? "kubernetes" : marker.equals("libpod") ? "podman" : marker;
            }
        }
        // systemd (and most runtimes that emulate it) name the container here.
        String systemdContainer = readQuietly(Path.of("/run/systemd/container"));
        if (systemdContainer != null && !systemdContainer.isEmpty()) {
            evidence.add("/run/systemd/container");
            found = found != null ? found : systemdContainer;
        }
        return found;
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file).strip();
        } catch (java.io.IOException | SecurityException e) {
            return null;
        }
    }
}
