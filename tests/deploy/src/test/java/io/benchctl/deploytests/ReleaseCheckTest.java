package io.benchctl.deploytests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** scripts/release-check.sh against a real git repository with a real tag, changed step by step. */
class ReleaseCheckTest {
    static final String API_SOURCE = "platform-api/src/main/java/io/benchctl/api/result/RunResult.java";

    @TempDir
    Path repo;

    @BeforeEach
    void releasedAtV110() throws Exception {
        Files.createDirectories(repo.resolve("scripts"));
        Files.copy(Repo.ROOT.resolve("scripts/release-check.sh"), repo.resolve("scripts/release-check.sh"));
        Files.createDirectories(repo.resolve("schemas"));
        Files.copy(Repo.ROOT.resolve("schemas/result.schema.json"), repo.resolve("schemas/result.schema.json"));
        write(
                "pom.xml",
                "<project>\n  <artifactId>benchctl-parent</artifactId>\n  <version>1.2.0-SNAPSHOT</version>\n</project>\n");
        write("CHANGELOG.md", "# Changelog\n\n## [1.2.0] - unreleased\n- things\n\n## [1.1.0]\n- older\n");
        schemaVersion("1.0.0");
        git("init", "-q");
        git("add", "-A");
        git("commit", "-q", "-m", "1.1.0");
        git("tag", "v1.1.0");
    }

    @Test
    void unchangedSchemasAndAChangelogSectionAreReady() throws Exception {
        Repo.Finished check = check();
        assertEquals(0, check.exitCode(), check.err());
        assertTrue(check.out().contains("schemas/*.json unchanged since v1.1.0"), check.out());
    }

    @Test
    void aSchemaChangeWithoutAVersionBumpFails() throws Exception {
        changeSchema();
        Repo.Finished check = check();
        assertEquals(1, check.exitCode(), check.out());
        assertTrue(
                check.err()
                        .contains(
                                "schemas changed since v1.1.0 (schemas/result.schema.json) but SCHEMA_VERSION is still 1.0.0"),
                check.err());
    }

    @Test
    void aSchemaChangeWithAMinorBumpIsReady() throws Exception {
        changeSchema();
        schemaVersion("1.1.0");
        Repo.Finished check = check();
        assertEquals(0, check.exitCode(), check.err());
        assertTrue(check.out().contains("SCHEMA_VERSION went 1.0.0 -> 1.1.0"), check.out());
    }

    @Test
    void aMajorBumpWithoutTheSchemaPatternFails() throws Exception {
        changeSchema();
        schemaVersion("2.0.0");
        Repo.Finished check = check();
        assertEquals(1, check.exitCode(), check.out());
        assertTrue(check.err().contains("SCHEMA_VERSION 2.0.0 does not match"), check.err());
    }

    @Test
    void aVersionWithoutAChangelogSectionFails() throws Exception {
        write("pom.xml", "<project>\n  <version>1.3.0</version>\n</project>\n");
        Repo.Finished check = check();
        assertEquals(1, check.exitCode(), check.out());
        assertTrue(check.err().contains("CHANGELOG.md has no '## [1.3.0]' section"), check.err());
    }

    @Test
    void kubernetesManifestsNamingAnotherVersionFail() throws Exception {
        write("deploy/kubernetes/fleet/job.yaml", "spec:\n  image: ghcr.io/benchctl/benchctl:1.2.0\n");
        Repo.Finished ready = check();
        assertEquals(0, ready.exitCode(), ready.err());
        assertTrue(ready.out().contains("deploy/kubernetes names the benchctl image tagged 1.2.0"), ready.out());

        write("deploy/kubernetes/network/peer.yaml", "spec:\n  image: ghcr.io/benchctl/benchctl:1.1.0\n");
        Repo.Finished stale = check();
        assertEquals(1, stale.exitCode(), stale.out());
        assertTrue(
                stale.err().contains("names ghcr.io/benchctl/benchctl:1.1.0 but the project version is 1.2.0"),
                stale.err());
    }

    @Test
    void thisRepositoryIsReady() throws Exception {
        Repo.Finished check = Repo.run(Repo.ROOT, Map.of(), List.of("bash", "scripts/release-check.sh"));
        assertEquals(0, check.exitCode(), check.out() + check.err());
    }

    private Repo.Finished check() throws IOException, InterruptedException {
        return Repo.run(repo, Map.of(), List.of("bash", "scripts/release-check.sh"));
    }

    private void changeSchema() throws IOException {
        Path schema = repo.resolve("schemas/result.schema.json");
        Files.writeString(
                schema,
                Files.readString(schema).replace("\"title\": \"benchctl run result\"", "\"title\": \"changed\""));
    }

    private void schemaVersion(String version) throws IOException {
        write(
                API_SOURCE,
                "package io.benchctl.api.result;\npublic record RunResult() {\n"
                        + "    public static final String SCHEMA_VERSION = \"" + version + "\";\n}\n");
    }

    private void write(String path, String text) throws IOException {
        Files.createDirectories(
                repo.resolve(path).getParent() == null
                        ? repo
                        : repo.resolve(path).getParent());
        Files.writeString(repo.resolve(path), text);
    }

    private void git(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                "git",
                "-c",
                "user.name=test",
                "-c",
                "user.email=test@example.invalid",
                "-c",
                "commit.gpgsign=false",
                "-c",
                "tag.gpgsign=false"));
        command.addAll(List.of(args));
        Repo.Finished git = Repo.run(repo, Map.of(), command);
        assertEquals(0, git.exitCode(), git.err());
    }
}
