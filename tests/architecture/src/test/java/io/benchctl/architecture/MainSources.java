package io.benchctl.architecture;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.LineMap;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * Every main Java source file of the repository, parsed (not compiled) by the JDK's own compiler.
 *
 * <p>Main code is every {@code src/main/java} below the repository root, plugins, examples, the
 * test kit, the bench driver and the test plugin included, plus the archetype's template sources;
 * {@code third-party/} (a fork kept close to its upstream) and build output ({@code target/}, where
 * generated sources live) are not ours to size. Parsing needs no class path, so modules outside
 * the default build (the bench driver) are read as they are.
 */
final class MainSources {

    /** The archetype's Java templates: Velocity fills in {@code ${package}} when it generates a plugin. */
    static final Path TEMPLATE_SOURCES =
            Path.of("plugin-template/src/main/resources/archetype-resources/src/main/java");

    private static final String TEMPLATE_PACKAGE = "${package}";

    /** One parsed file: its path from the repository root, its tree and the positions of its nodes. */
    record Source(Path path, CompilationUnitTree unit, SourcePositions positions, int lineCount) {

        /** The 1-based line on which {@code tree} starts (its annotations and modifiers included). */
        int startLine(Tree tree) {
            return line(positions.getStartPosition(unit, tree));
        }

        /** The 1-based line on which {@code tree} ends. */
        int endLine(Tree tree) {
            return line(positions.getEndPosition(unit, tree));
        }

        private int line(long position) {
            LineMap lines = unit.getLineMap();
            return Math.toIntExact(lines.getLineNumber(position));
        }

        /** {@code path:line}, as a reader clicks on it. */
        String at(int line) {
            return path + ":" + line;
        }

        /** The folder that holds this file, which is its package's folder. */
        Path folder() {
            return path.getParent();
        }
    }

    private MainSources() {}

    /** The repository root: the nearest folder up from here that holds the root pom and platform-api. */
    static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve("platform-api"))) {
                return dir;
            }
        }
        throw new IllegalStateException(
                "no benchctl repository root above " + Path.of("").toAbsolutePath());
    }

    /** Every main Java file below {@code root}, parsed; fails if one does not parse. */
    static List<Source> parseAll(Path root) {
        List<Path> files = mainJavaFiles(root);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<JavaFileObject> objects =
                files.stream().map(file -> fileObject(root, file)).toList();
        JavacTask task = (JavacTask) compiler.getTask(null, null, diagnostics, List.of("-proc:none"), null, objects);
        List<Source> sources = new ArrayList<>();
        try {
            for (CompilationUnitTree unit : task.parse()) {
                Path path = Path.of(unit.getSourceFile().toUri().getPath().substring(1));
                sources.add(new Source(path, unit, Trees.instance(task).getSourcePositions(), lineCount(root, path)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!diagnostics.getDiagnostics().isEmpty()) {
            throw new IllegalStateException("main sources that do not parse: " + diagnostics.getDiagnostics());
        }
        return sources;
    }

    private static List<Path> mainJavaFiles(Path root) {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> all = Files.walk(root)) {
            all.filter(path -> path.toString().endsWith(".java"))
                    .map(root::relativize)
                    .filter(MainSources::isMainCode)
                    .sorted(Comparator.naturalOrder())
                    .forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static boolean isMainCode(Path relative) {
        String path = relative.toString().replace('\\', '/');
        if (path.startsWith("third-party/") || path.startsWith(".") || path.contains("/target/")) {
            return false;
        }
        return path.contains("/src/main/java/") || relative.startsWith(TEMPLATE_SOURCES);
    }

    /**
     * The file as javac reads it, named by its path from the root so that messages can quote it; a
     * template's {@code ${package}} becomes a plain name so that it parses as Java.
     */
    private static JavaFileObject fileObject(Path root, Path relative) {
        String text;
        try {
            text = Files.readString(root.resolve(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String parsed = relative.startsWith(TEMPLATE_SOURCES) ? text.replace(TEMPLATE_PACKAGE, "template") : text;
        URI uri = URI.create("string:///" + relative.toString().replace('\\', '/'));
        return new SimpleJavaFileObject(uri, JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return parsed;
            }
        };
    }

    private static int lineCount(Path root, Path relative) {
        try (Stream<String> lines = Files.lines(root.resolve(relative), StandardCharsets.UTF_8)) {
            return Math.toIntExact(lines.count());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
