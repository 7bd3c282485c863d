package io.benchctl.template;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Installs this build's artifacts into a local Maven repository the way {@code mvn install}
 * lays them out, so that a plugin project finds benchctl's API, test kit and archetype there.
 */
final class LocalRepository {
    private LocalRepository() {}

    /**
     * Copies {@code <artifactId>-<version>.pom} (and its JAR unless {@code pomOnly}) from
     * {@code artifacts} to {@code io/benchctl/<artifactId>/<version>/} in {@code repository}.
     */
    static void install(Path artifacts, Path repository, String artifactId, String version, boolean pomOnly)
            throws IOException {
        Path target = Files.createDirectories(
                repository.resolve("io/benchctl").resolve(artifactId).resolve(version));
        String base = artifactId + "-" + version;
        for (String extension : pomOnly ? new String[] {".pom"} : new String[] {".pom", ".jar"}) {
            Path source = artifacts.resolve(base + extension);
            if (!Files.isRegularFile(source)) {
                throw new IllegalStateException("the build did not copy " + source + "; run mvn verify from the root");
            }
            Files.copy(source, target.resolve(base + extension));
        }
    }
}
