package io.benchctl.deploytests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.benchctl.runtime.cli.Main;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PodAffinityTerm;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * Every manifest under deploy/kubernetes parses with the fabric8 Kubernetes model into a known
 * kind, the Jobs, Deployment and Service fit together, and every benchctl container's arguments
 * are a command line benchctl itself accepts.
 */
class KubernetesManifestsTest {
    static final Path MANIFESTS = Repo.ROOT.resolve("deploy/kubernetes");
    static final YAMLMapper YAML = YAMLMapper.builder().build();
    /** Commands other issues add; until they are registered their manifests are skipped, not failed. */
    static final Set<String> NOT_YET_REGISTERED_OK = Set.of("peer", "baseline");

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

    /** The manifests that run pods (Jobs, Deployments). */
    static Stream<Path> podManifests() throws IOException {
        return manifests().filter(f -> podTemplate(parse(f)) != null);
    }

    static HasMetadata load(String relativePath) {
        return parse(MANIFESTS.resolve(relativePath));
    }

    static HasMetadata parse(Path file) {
        KubernetesResource resource = YAML.readValue(file.toFile(), KubernetesResource.class);
        assertNotNull(resource, file + " is empty");
        assertFalse(
                resource instanceof GenericKubernetesResource,
                file + ": not a kind the Kubernetes model knows: " + resource);
        return assertInstanceOf(HasMetadata.class, resource, file.toString());
    }

    static PodTemplateSpec podTemplate(HasMetadata resource) {
        return switch (resource) {
            case Job job -> job.getSpec().getTemplate();
            case Deployment deployment -> deployment.getSpec().getTemplate();
            default -> null;
        };
    }

    static List<Container> containers(PodSpec pod) {
        List<Container> all = new ArrayList<>(pod.getInitContainers());
        all.addAll(pod.getContainers());
        return all;
    }

    @ParameterizedTest
    @MethodSource("manifests")
    void parsesAsAKnownKindWithANameAndLabels(Path file) {
        HasMetadata resource = parse(file);
        assertTrue(
                Set.of("Job", "Deployment", "Service", "ConfigMap", "PersistentVolumeClaim")
                        .contains(resource.getKind()),
                file + ": unexpected kind " + resource.getKind());
        assertFalse(resource.getMetadata().getName().isBlank(), file + " has no name");
        PodTemplateSpec template = podTemplate(resource);
        if (template != null) {
            PodSpec pod = template.getSpec();
            assertTrue(pod.getSecurityContext().getRunAsNonRoot(), file + ": pods run as non-root");
            containers(pod)
                    .forEach(c -> assertFalse(
                            c.getSecurityContext().getAllowPrivilegeEscalation(),
                            file + ": container " + c.getName() + " may escalate privileges"));
        }
    }

    @ParameterizedTest
    @MethodSource("podManifests")
    void benchctlContainersRunValidBenchctlCommandLines(Path file) {
        PodTemplateSpec template = podTemplate(parse(file));
        for (Container container : containers(template.getSpec())) {
            if (container.getCommand() != null && !container.getCommand().isEmpty()) {
                // A helper that prints the result; it must not run benchctl with unchecked arguments.
                assertEquals("/bin/sh", container.getCommand().getFirst(), file + ": " + container.getName());
                assertTrue(
                        String.join(" ", container.getCommand()).contains("cat /results/"),
                        file + ": " + container.getName());
                continue;
            }
            List<String> args = container.getArgs();
            assertFalse(
                    args.isEmpty(), file + ": container " + container.getName() + " runs benchctl without a command");
            CommandLine commandLine = Main.commandLine();
            if (!commandLine.getSubcommands().containsKey(args.getFirst())) {
                assumeTrue(
                        !NOT_YET_REGISTERED_OK.contains(args.getFirst()),
                        "'benchctl " + args.getFirst() + "' is not registered in this build yet: " + file
                                + " unchecked");
                fail(file + ": '" + args.getFirst() + "' is not a benchctl command");
            }
            try {
                commandLine.parseArgs(args.toArray(String[]::new));
            } catch (CommandLine.ParameterException e) {
                fail(file + ": container " + container.getName() + " args " + args + ": " + e.getMessage());
            }
            int profile = args.indexOf("--profile");
            if (profile >= 0 && args.get(profile + 1).startsWith("/opt/benchctl/profiles/")) {
                Path shipped = Repo.ROOT
                        .resolve("profiles")
                        .resolve(Path.of(args.get(profile + 1)).getFileName());
                assertTrue(Files.isRegularFile(shipped), file + ": the image has no " + args.get(profile + 1));
            }
        }
    }

    @Test
    void singleNodeJobRunsOnceWritesToTheClaimAndPrintsTheResult() {
        Job job = (Job) load("single-node/job.yaml");
        PersistentVolumeClaim claim = (PersistentVolumeClaim) load("single-node/results-pvc.yaml");
        PodSpec pod = job.getSpec().getTemplate().getSpec();
        assertEquals("Never", pod.getRestartPolicy());
        assertEquals(0, job.getSpec().getBackoffLimit());
        Volume results = volume(pod, "results");
        assertEquals(
                claim.getMetadata().getName(),
                results.getPersistentVolumeClaim().getClaimName());
        Container run = pod.getInitContainers().getFirst();
        Container print = pod.getContainers().getFirst();
        String output = run.getArgs().get(run.getArgs().indexOf("--output") + 1);
        assertEquals("/results", mount(run, "results").getMountPath());
        assertTrue(
                print.getCommand().getLast().contains("cat " + output + "/latest.json"),
                print.getCommand().toString());
    }

    @Test
    void fleetJobIsIndexedWithOnePodPerNode() {
        Job job = (Job) load("fleet/job-indexed.yaml");
        assertEquals("Indexed", job.getSpec().getCompletionMode());
        assertEquals(job.getSpec().getCompletions(), job.getSpec().getParallelism());
        PodTemplateSpec template = job.getSpec().getTemplate();
        PodAffinityTerm term = template.getSpec()
                .getAffinity()
                .getPodAntiAffinity()
                .getRequiredDuringSchedulingIgnoredDuringExecution()
                .getFirst();
        assertEquals("kubernetes.io/hostname", term.getTopologyKey());
        assertTrue(
                template.getMetadata()
                        .getLabels()
                        .entrySet()
                        .containsAll(term.getLabelSelector().getMatchLabels().entrySet()),
                "the anti-affinity selects the fleet's own pods");
        String nodeName = template.getSpec().getInitContainers().getFirst().getEnv().stream()
                .filter(e -> e.getName().equals("NODE_NAME"))
                .findFirst()
                .orElseThrow()
                .getValueFrom()
                .getFieldRef()
                .getFieldPath();
        assertEquals("spec.nodeName", nodeName);
    }

    @Test
    void peerServiceAndClientShareOneTokenAndRunOnDifferentNodes() throws IOException {
        Deployment peer = (Deployment) load("network/peer-deployment.yaml");
        Service service = (Service) load("network/peer-service.yaml");
        Job client = (Job) load("network/client-job.yaml");
        ConfigMap profile = (ConfigMap) load("network/profile-configmap.yaml");
        JsonNode kustomization =
                YAML.readTree(MANIFESTS.resolve("network/kustomization.yaml").toFile());
        String secretName =
                kustomization.get("secretGenerator").get(0).get("name").asString();

        Map<String, String> peerLabels =
                peer.getSpec().getTemplate().getMetadata().getLabels();
        assertTrue(
                peerLabels
                        .entrySet()
                        .containsAll(service.getSpec().getSelector().entrySet()),
                "the Service selects the peer");
        Container peerContainer =
                peer.getSpec().getTemplate().getSpec().getContainers().getFirst();
        int port = service.getSpec().getPorts().getFirst().getPort();
        assertEquals(port, peerContainer.getPorts().getFirst().getContainerPort());
        assertEquals(
                "0.0.0.0:" + port,
                peerContainer.getArgs().get(peerContainer.getArgs().indexOf("--listen") + 1));
        String peerTokenFile =
                peerContainer.getArgs().get(peerContainer.getArgs().indexOf("--token-file") + 1);
        assertEquals(peerTokenFile, mount(peerContainer, "token").getMountPath() + "/token");

        PodSpec clientPod = client.getSpec().getTemplate().getSpec();
        assertEquals(
                secretName,
                volume(peer.getSpec().getTemplate().getSpec(), "token")
                        .getSecret()
                        .getSecretName());
        assertEquals(secretName, volume(clientPod, "token").getSecret().getSecretName());
        PodAffinityTerm apart = clientPod
                .getAffinity()
                .getPodAntiAffinity()
                .getRequiredDuringSchedulingIgnoredDuringExecution()
                .getFirst();
        assertEquals("kubernetes.io/hostname", apart.getTopologyKey());
        assertTrue(
                peerLabels
                        .entrySet()
                        .containsAll(apart.getLabelSelector().getMatchLabels().entrySet()),
                "the client avoids the peer's node");

        JsonNode network = TomlMapper.builder()
                .build()
                .readTree(profile.getData().get("network.toml"))
                .get("modules")
                .get("network");
        assertEquals("peer", network.get("mode").asString());
        assertEquals(
                service.getMetadata().getName() + ":" + port,
                network.get("peer").asString());
        Container run = clientPod.getInitContainers().getFirst();
        assertEquals(network.get("token_file").asString(), mount(run, "token").getMountPath());

        List<String> resources = new ArrayList<>();
        kustomization.get("resources").forEach(r -> resources.add(r.asString()));
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
        ConfigMap profile = (ConfigMap) load("network/profile-configmap.yaml");
        Path file = Files.writeString(
                temp.resolve("network.toml"), profile.getData().get("network.toml"));
        Repo.Finished validate = Repo.run(
                temp,
                Map.of(),
                List.of(Repo.DIST.resolve("bin/benchctl").toString(), "validate", "--profile", file.toString()));
        assertEquals(0, validate.exitCode(), validate.out() + validate.err());
    }

    private static Volume volume(PodSpec pod, String name) {
        return pod.getVolumes().stream()
                .filter(v -> v.getName().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no volume " + name));
    }

    private static VolumeMount mount(Container container, String name) {
        return container.getVolumeMounts().stream()
                .filter(m -> m.getName().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(container.getName() + " does not mount " + name));
    }
}
