package io.benchctl.deploytests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.benchctl.runtime.cli.Main;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.toml.TomlMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The manifests under deploy/kubernetes fit together and run benchctl the way the fleet needs:
 * benchctl in the main container through benchctl-pod, one pod per node, the node's name as the
 * host id, a peer that is ready before its client, every benchctl command line one benchctl
 * accepts. Their fields and types are KubernetesSchemaTest's.
 */
class KubernetesManifestsTest {
    static final Path MANIFESTS = Repo.ROOT.resolve("deploy/kubernetes");
    static final YAMLMapper YAML = YAMLMapper.builder().build();
    static final String POD_WRAPPER = "/opt/benchctl/bin/benchctl-pod";

    static Stream<Path> manifests() throws IOException {
        try (Stream<Path> files = Files.walk(MANIFESTS)) {
            List<Path> yaml = files.filter(f -> f.toString().endsWith(".yaml"))
                    .filter(f -> !f.getFileName().toString().equals("kustomization.yaml"))
                    .sorted()
                    .toList();
            assertFalse(yaml.isEmpty(), "no manifests under " + MANIFESTS);
            return yaml.stream();
        }
    }

    /** Every YAML document in a file. */
    static List<JsonNode> documents(Path file) {
        try (var values = YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
            List<JsonNode> documents = new ArrayList<>();
            values.forEachRemaining(d -> documents.add((JsonNode) d));
            return documents;
        }
    }

    static JsonNode load(String relativePath) {
        return documents(MANIFESTS.resolve(relativePath)).getFirst();
    }

    static JsonNode podSpec(JsonNode resource) {
        return resource.path("spec").path("template").path("spec");
    }

    static List<JsonNode> containers(JsonNode pod) {
        List<JsonNode> all = new ArrayList<>();
        pod.path("initContainers").forEach(all::add);
        pod.path("containers").forEach(all::add);
        return all;
    }

    static List<String> strings(JsonNode array) {
        List<String> all = new ArrayList<>();
        array.forEach(v -> all.add(v.asString()));
        return all;
    }

    @ParameterizedTest
    @MethodSource("manifests")
    void podsRunAsNonRootWithoutPrivilegeEscalation(Path file) {
        for (JsonNode resource : documents(file)) {
            JsonNode pod = podSpec(resource);
            if (pod.isMissingNode()) {
                continue;
            }
            assertTrue(pod.path("securityContext").path("runAsNonRoot").asBoolean(), file + ": pods run as non-root");
            containers(pod)
                    .forEach(c -> assertFalse(
                            c.path("securityContext")
                                    .path("allowPrivilegeEscalation")
                                    .asBoolean(true),
                            file + ": container " + c.path("name").asString() + " may escalate privileges"));
        }
    }

    /**
     * Main containers run benchctl (its entry point, or benchctl-pod with the run's own empty
     * output folder) with a command line benchctl accepts; only init containers run a shell.
     */
    @ParameterizedTest
    @MethodSource("manifests")
    void benchctlContainersRunValidBenchctlCommandLines(Path file) {
        for (JsonNode resource : documents(file)) {
            JsonNode pod = podSpec(resource);
            pod.path("initContainers")
                    .forEach(c -> assertEquals(
                            "/bin/sh",
                            c.path("command").path(0).asString(),
                            file + ": init container " + c.path("name")));
            for (JsonNode container : pod.path("containers")) {
                List<String> command = strings(container.path("command"));
                List<String> args = strings(container.path("args"));
                String name = file + ": container " + container.path("name").asString();
                assertTrue(command.isEmpty() || command.equals(List.of(POD_WRAPPER)), name + " runs " + command);
                assertFalse(args.isEmpty(), name + " runs benchctl without a command");
                assertTrue(Main.commandLine().getSubcommands().containsKey(args.getFirst()), name + ": " + args);
                try {
                    Main.commandLine().parseArgs(args.toArray(String[]::new));
                } catch (CommandLine.ParameterException e) {
                    fail(name + " args " + args + ": " + e.getMessage());
                }
                if (!command.isEmpty()) {
                    assertEquals("$(BENCHCTL_RESULTS)", args.get(args.indexOf("--output") + 1), name);
                    assertTrue(
                            env(container, "BENCHCTL_RESULTS")
                                    .path("value")
                                    .asString()
                                    .startsWith("/results/"),
                            name);
                    assertEquals("$(NODE_NAME)", args.get(args.indexOf("--host-id") + 1), name);
                    assertEquals("spec.nodeName", fieldRef(container, "NODE_NAME"), name);
                }
                int profile = args.indexOf("--profile");
                if (profile >= 0 && args.get(profile + 1).startsWith("/opt/benchctl/profiles/")) {
                    Path shipped = Repo.ROOT
                            .resolve("profiles")
                            .resolve(Path.of(args.get(profile + 1)).getFileName());
                    assertTrue(Files.isRegularFile(shipped), name + ": the image has no " + args.get(profile + 1));
                }
            }
        }
    }

    @Test
    void theImageInstallsBenchctlPodWhereTheManifestsRunIt() throws IOException {
        Path script = MANIFESTS.resolve("benchctl-pod.sh");
        assertTrue(Files.isExecutable(script), script + " is executable (COPY keeps the mode)");
        assertTrue(
                Files.readAllLines(Repo.ROOT.resolve("Containerfile"))
                        .contains("COPY deploy/kubernetes/benchctl-pod.sh " + POD_WRAPPER),
                "the Containerfile installs benchctl-pod as " + POD_WRAPPER);
    }

    @Test
    void fleetJobIsIndexedWithOnePodPerNodeAndAFailureFailsOnlyItsIndex() {
        JsonNode job = load("fleet/job-indexed.yaml");
        JsonNode spec = job.get("spec");
        assertEquals("Indexed", spec.get("completionMode").asString());
        assertEquals(spec.get("completions").asInt(), spec.get("parallelism").asInt());
        assertEquals(0, spec.get("backoffLimitPerIndex").asInt(), "a failed index is not retried");
        assertFalse(spec.has("backoffLimit"), "a failed index does not fail the Job while others run");

        JsonNode pod = podSpec(job);
        JsonNode ownLabels = job.get("spec").get("template").get("metadata").get("labels");
        JsonNode term = pod.get("affinity")
                .get("podAntiAffinity")
                .get("requiredDuringSchedulingIgnoredDuringExecution")
                .get(0);
        assertEquals("kubernetes.io/hostname", term.get("topologyKey").asString());
        assertEquals(
                ownLabels,
                term.get("labelSelector").get("matchLabels"),
                "the anti-affinity selects the fleet's own pods");
        JsonNode spread = pod.get("topologySpreadConstraints").get(0);
        assertEquals("kubernetes.io/hostname", spread.get("topologyKey").asString());
        assertEquals(1, spread.get("maxSkew").asInt());
        assertEquals("DoNotSchedule", spread.get("whenUnsatisfiable").asString());
        assertEquals(ownLabels, spread.get("labelSelector").get("matchLabels"));

        assertFalse(pod.has("initContainers"), "benchctl runs in the main container");
        JsonNode benchctl = pod.get("containers").get(0);
        assertEquals("benchctl", benchctl.get("name").asString());
        assertEquals(1, pod.get("containers").size());
    }

    @Test
    void singleNodeJobWritesItsOwnFolderOnTheClaim() {
        JsonNode job = load("single-node/job.yaml");
        JsonNode claim = load("single-node/results-pvc.yaml");
        JsonNode pod = podSpec(job);
        assertEquals("Never", pod.get("restartPolicy").asString());
        assertEquals(0, job.get("spec").get("backoffLimit").asInt());
        assertEquals(
                claim.get("metadata").get("name"),
                volume(pod, "results").get("persistentVolumeClaim").get("claimName"));
        JsonNode benchctl = pod.get("containers").get(0);
        assertEquals("/results", mount(benchctl, "results").get("mountPath").asString());
        assertEquals(
                "/results/$(POD_NAME)",
                env(benchctl, "BENCHCTL_RESULTS").get("value").asString());
        assertEquals("metadata.name", fieldRef(benchctl, "POD_NAME"));
    }

    @Test
    void thePeerIsReadyBeforeItsClientAndBothShareOneTokenOnDifferentNodes() throws IOException {
        JsonNode peer = load("network/peer-job.yaml");
        JsonNode service = load("network/peer-service.yaml");
        JsonNode client = load("network/client-job.yaml");
        JsonNode kustomization =
                YAML.readTree(MANIFESTS.resolve("network/kustomization.yaml").toFile());
        String secretName =
                kustomization.get("secretGenerator").get(0).get("name").asString();

        assertEquals("Job", peer.get("kind").asString());
        JsonNode peerLabels = peer.get("spec").get("template").get("metadata").get("labels");
        assertEquals(peerLabels, service.get("spec").get("selector"), "the Service selects the peer");
        assertEquals("None", service.get("spec").get("clusterIP").asString(), "headless: the name is the ready pod's");
        assertFalse(service.get("spec").path("publishNotReadyAddresses").asBoolean(false));
        JsonNode peerContainer = podSpec(peer).get("containers").get(0);
        List<String> peerArgs = strings(peerContainer.get("args"));
        JsonNode port = service.get("spec").get("ports").get(0);
        assertEquals(
                port.get("port").asInt(),
                peerContainer.get("ports").get(0).get("containerPort").asInt());
        assertEquals("0.0.0.0:" + port.get("port").asInt(), peerArgs.get(peerArgs.indexOf("--listen") + 1));
        assertTrue(peerArgs.contains("--once"), "a finished pair leaves nothing listening");
        assertEquals(
                port.get("targetPort"),
                peerContainer.get("readinessProbe").get("tcpSocket").get("port"),
                "ready means the peer's port accepts connections");
        String peerTokenFile = peerArgs.get(peerArgs.indexOf("--token-file") + 1);
        assertEquals(
                peerTokenFile, mount(peerContainer, "token").get("mountPath").asString() + "/token");

        JsonNode clientPod = podSpec(client);
        for (JsonNode pod : List.of(podSpec(peer), clientPod)) {
            JsonNode secret = volume(pod, "token").get("secret");
            assertEquals(secretName, secret.get("secretName").asString());
            assertEquals(0400, secret.get("defaultMode").asInt(), "the token is mounted owner-read only");
        }
        JsonNode apart = clientPod
                .get("affinity")
                .get("podAntiAffinity")
                .get("requiredDuringSchedulingIgnoredDuringExecution")
                .get(0);
        assertEquals("kubernetes.io/hostname", apart.get("topologyKey").asString());
        assertEquals(peerLabels, apart.get("labelSelector").get("matchLabels"), "the client avoids the peer's node");
        String wait =
                strings(clientPod.get("initContainers").get(0).get("command")).getLast();
        assertTrue(
                wait.contains(
                        "getent hosts " + service.get("metadata").get("name").asString()),
                wait);

        JsonNode network = networkProfile().get("modules").get("network");
        assertEquals("peer", network.get("mode").asString());
        assertEquals(
                service.get("metadata").get("name").asString() + ":"
                        + port.get("port").asInt(),
                network.get("peer").asString());
        assertTrue(
                parseSeconds(network.get("connect_retry_window").asString()).compareTo(Duration.ofSeconds(30)) >= 0,
                "the client keeps retrying longer than a pod takes to start: " + network);
        JsonNode run = clientPod.get("containers").get(0);
        assertEquals(
                network.get("token_file").asString(),
                mount(run, "token").get("mountPath").asString());

        List<String> resources = strings(kustomization.get("resources"));
        try (Stream<Path> files = Files.list(MANIFESTS.resolve("network"))) {
            assertEquals(
                    files.map(f -> f.getFileName().toString())
                            .filter(n -> n.endsWith(".yaml") && !n.equals("kustomization.yaml"))
                            .sorted()
                            .toList(),
                    resources.stream().sorted().toList(),
                    "kustomization.yaml lists every manifest");
        }
        assertTrue(
                Files.readAllLines(MANIFESTS.resolve("network/.gitignore")).contains("token"),
                "the token file is never committed");
    }

    @Test
    void theNetworkProfileValidatesWithTheShippedModules(@TempDir Path temp) throws Exception {
        Path file = Files.writeString(temp.resolve("network.toml"), networkProfileText());
        Repo.Finished validate = Repo.run(
                temp,
                Map.of(),
                List.of(Repo.DIST.resolve("bin/benchctl").toString(), "validate", "--profile", file.toString()));
        assumeTrue(
                validate.exitCode() == 0 || !validate.err().contains("unknown key \"connect_retry_window\""),
                "the network module of this build has no connect_retry_window yet: " + validate.err());
        assertEquals(0, validate.exitCode(), validate.out() + validate.err());
    }

    private static String networkProfileText() {
        return load("network/profile-configmap.yaml")
                .get("data")
                .get("network.toml")
                .asString();
    }

    private static JsonNode networkProfile() {
        return TomlMapper.builder().build().readTree(networkProfileText());
    }

    /** "60s", "2m": the profile's duration strings this test needs. */
    private static Duration parseSeconds(String text) {
        long amount = Long.parseLong(text.replaceAll("[^0-9]", ""));
        return text.endsWith("m") ? Duration.ofMinutes(amount) : Duration.ofSeconds(amount);
    }

    private static JsonNode env(JsonNode container, String name) {
        for (JsonNode variable : container.path("env")) {
            if (variable.get("name").asString().equals(name)) {
                return variable;
            }
        }
        throw new AssertionError(container.path("name").asString() + " has no env " + name);
    }

    private static String fieldRef(JsonNode container, String name) {
        return env(container, name)
                .path("valueFrom")
                .path("fieldRef")
                .path("fieldPath")
                .asString();
    }

    private static JsonNode volume(JsonNode pod, String name) {
        for (JsonNode volume : pod.path("volumes")) {
            if (volume.get("name").asString().equals(name)) {
                return volume;
            }
        }
        throw new AssertionError("no volume " + name);
    }

    private static JsonNode mount(JsonNode container, String name) {
        for (JsonNode mount : container.path("volumeMounts")) {
            if (mount.get("name").asString().equals(name)) {
                return mount;
            }
        }
        throw new AssertionError(container.path("name").asString() + " does not mount " + name);
    }
}
