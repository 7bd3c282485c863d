package io.benchctl.deploytests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every manifest under deploy/kubernetes is valid against the Kubernetes API's own schemas with
 * unknown fields rejected ({@link KubernetesSchemas}), offline. The schemas are installed from npm
 * by scripts/install-k8s-schemas.sh into this module's build folder; without npm the tests skip,
 * except under CI=true as root, where they fail.
 */
class KubernetesSchemaTest {
    static KubernetesSchemas schemas;

    @BeforeAll
    static void installTheSchemas() throws Exception {
        Path dir = Path.of(System.getProperty("benchctl.test.kubernetesModels"));
        Repo.Finished install = Repo.run(
                Repo.ROOT,
                Map.of(),
                List.of(
                        "bash",
                        Repo.ROOT.resolve("scripts/install-k8s-schemas.sh").toString(),
                        dir.toString()));
        if (install.exitCode() != 0) {
            String reason = "the Kubernetes API schemas are not installed: "
                    + install.err().strip();
            if (Repo.dependenciesRequired()) {
                fail(reason);
            }
            assumeTrue(false, reason);
        }
        schemas = KubernetesSchemas.load(dir.resolve("node_modules"));
    }

    static Stream<Path> manifests() throws Exception {
        return KubernetesManifestsTest.manifests();
    }

    @ParameterizedTest
    @MethodSource("manifests")
    void isValidAgainstTheKubernetesApiWithUnknownFieldsRejected(Path file) {
        List<JsonNode> documents = KubernetesManifestsTest.documents(file);
        assertFalse(documents.isEmpty(), file + " is empty");
        for (JsonNode document : documents) {
            assertEquals(
                    List.of(),
                    schemas.validate(document),
                    file + " (" + document.path("kind").asString() + ")");
        }
    }

    @Test
    void theSchemasAreTheApisOwn() {
        assertTrue(schemas.kinds() > 100, "top-level kinds: " + schemas.kinds());
        List<String> errors = fleetJobWith(job -> ((ObjectNode) job.get("spec")).put("completionMode", "Sometimes"));
        assertTrue(
                errors.stream().anyMatch(e -> e.startsWith("/spec/completionMode") && e.contains("Indexed")),
                errors.toString());
        assertEquals(
                List.of("/: no Kubernetes " + KubernetesSchemas.KUBERNETES_VERSION + " schema for batch/v2 Job"),
                fleetJobWith(job -> ((ObjectNode) job).put("apiVersion", "batch/v2")));
    }

    @Test
    void anUnknownFieldIsRejectedWithItsPath() {
        // A typo the API server would drop without a word: the container would mount nothing.
        List<String> errors = fleetJobWith(
                job -> container(job).set("volumeMount", container(job).get("volumeMounts")));
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.getFirst().startsWith("/spec/template/spec/containers/0:"), errors.toString());
        assertTrue(errors.getFirst().contains("volumeMount"), errors.toString());
    }

    @Test
    void aKnownFieldInTheWrongPlaceIsRejected() {
        List<String> errors = fleetJobWith(job -> ((ObjectNode) job.get("spec")).put("restartPolicy", "Never"));
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(
                errors.getFirst().startsWith("/spec:") && errors.getFirst().contains("restartPolicy"),
                errors.toString());
    }

    @Test
    void aWrongTypeIsRejectedWithItsPath() {
        List<String> errors = fleetJobWith(job -> ((ObjectNode) job.get("spec")).put("completions", "three"));
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.getFirst().startsWith("/spec/completions:"), errors.toString());
        assertTrue(errors.getFirst().contains("integer"), errors.toString());
    }

    /** The errors of a changed copy of the fleet Job. */
    private static List<String> fleetJobWith(Consumer<JsonNode> change) {
        JsonNode copy = KubernetesManifestsTest.documents(
                        KubernetesManifestsTest.MANIFESTS.resolve("fleet/job-indexed.yaml"))
                .getFirst()
                .deepCopy();
        assertEquals(List.of(), schemas.validate(copy), "the fleet Job before the change");
        change.accept(copy);
        return schemas.validate(copy);
    }

    private static ObjectNode container(JsonNode job) {
        return (ObjectNode)
                job.get("spec").get("template").get("spec").get("containers").get(0);
    }
}
