package io.benchctl.deploytests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The image the Kubernetes manifests run is the one the release workflow pushes: release.yml's own
 * steps, run here with a tag's environment, derive the version from the POM and the image name
 * from the repository owner, and every manifest names exactly that image.
 */
class ImageTagTest {
    static final String OWNER = "benchctl";

    @TempDir
    Path temp;

    @Test
    void theManifestsTagThePushedTagAndThePomVersionAgree() throws Exception {
        String pomVersion = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(Repo.ROOT.resolve("pom.xml").toFile())
                .getElementsByTagName("version")
                .item(0)
                .getTextContent();
        String release = pomVersion.replaceFirst("-SNAPSHOT$", "");

        JsonNode workflow = WorkflowsTest.load("release.yml");
        assertEquals("write", workflow.get("permissions").get("packages").asString(), "the job may push packages");
        List<JsonNode> steps = WorkflowsTest.steps(workflow);
        String versionStep = step(steps, "GITHUB_REF_NAME");
        String imageStep = step(steps, "docker push");
        assertTrue(steps.indexOf(find(steps, "GITHUB_REF_NAME")) < steps.indexOf(find(steps, "docker push")));
        assertTrue(imageStep.contains("docker build --file Containerfile --tag \"$image\" ."), imageStep);
        assertTrue(imageStep.contains("docker push \"$image\""), imageStep);

        // The version step as the tag v<release> runs it, on the POM as it is then (no -SNAPSHOT):
        // it reads the POM and exports VERSION.
        Files.writeString(
                temp.resolve("pom.xml"),
                Files.readString(Repo.ROOT.resolve("pom.xml"))
                        .replaceFirst(
                                "<version>" + Pattern.quote(pomVersion) + "</version>",
                                "<version>" + release + "</version>"));
        Path env = Files.createFile(temp.resolve("github-env"));
        Repo.Finished version = Repo.run(
                temp,
                Map.of("GITHUB_REF_NAME", "v" + release, "GITHUB_ENV", env.toString()),
                List.of("bash", "-e", "-c", versionStep));
        assertEquals(0, version.exitCode(), version.out() + version.err());
        assertEquals(List.of("VERSION=" + release), Files.readAllLines(env));

        // The image line, evaluated as the push step does (ghcr.io wants the owner in lower case).
        Matcher line = Pattern.compile("(?m)^image=(.*)$").matcher(imageStep);
        assertTrue(line.find(), imageStep);
        Repo.Finished image = Repo.run(
                Repo.ROOT,
                Map.of("GITHUB_REPOSITORY_OWNER", "BenchCtl", "VERSION", release),
                List.of("bash", "-c", "image=" + line.group(1) + "; printf %s \"$image\""));
        String pushed = image.out();
        assertEquals("ghcr.io/" + OWNER + "/benchctl:" + release, pushed);

        Set<String> named = new TreeSet<>();
        for (Path file : KubernetesManifestsTest.manifests().toList()) {
            for (JsonNode document : KubernetesManifestsTest.documents(file)) {
                KubernetesManifestsTest.containers(KubernetesManifestsTest.podSpec(document))
                        .forEach(c -> named.add(c.get("image").asString()));
            }
        }
        assertFalse(named.isEmpty());
        assertEquals(Set.of(pushed), named, "every manifest runs the pushed image");
    }

    private static String step(List<JsonNode> steps, String text) {
        return find(steps, text).get("run").asString();
    }

    private static JsonNode find(List<JsonNode> steps, String text) {
        return steps.stream()
                .filter(s -> s.path("run").asString("").contains(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no release.yml step runs " + text));
    }
}
