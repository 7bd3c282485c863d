package io.benchctl.plugins.parity;

import io.benchctl.api.report.Reporter;
import io.benchctl.api.result.RunResult;
import io.benchctl.testkit.reporter.FolderReportContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.pf4j.processor.ExtensionStorage;
import org.pf4j.processor.IndexedExtensionStorage;

/**
 * One run rendered by every reporter named in a PF4J extension index ({@code META-INF/extensions.idx})
 * on the class path, as the host finds them in plugin JARs.
 */
record RenderedRun(Map<String, Reporter> reporters, Path folder, String console) {

    static RenderedRun render(RunResult result, Path folder) throws IOException {
        Map<String, Reporter> reporters = new LinkedHashMap<>();
        for (Reporter reporter : indexedReporters()) {
            reporters.put(reporter.id(), reporter);
        }
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        FolderReportContext context =
                FolderReportContext.in(folder, new PrintStream(console, true, StandardCharsets.UTF_8));
        for (Reporter reporter : reporters.values()) {
            reporter.write(result, context);
        }
        return new RenderedRun(reporters, folder, console.toString(StandardCharsets.UTF_8));
    }

    private static Set<Reporter> indexedReporters() throws IOException {
        ClassLoader loader = RenderedRun.class.getClassLoader();
        Set<String> classNames = new LinkedHashSet<>();
        for (URL index : Collections.list(loader.getResources(IndexedExtensionStorage.EXTENSIONS_RESOURCE))) {
            try (Reader reader = new InputStreamReader(index.openStream(), StandardCharsets.UTF_8)) {
                ExtensionStorage.read(reader, classNames);
            }
        }
        Set<Reporter> reporters = new LinkedHashSet<>();
        for (String className : classNames) {
            try {
                Class<?> type = Class.forName(className, true, loader);
                if (Reporter.class.isAssignableFrom(type)) {
                    reporters.add((Reporter) type.getDeclaredConstructor().newInstance());
                }
            } catch (ReflectiveOperationException e) {
                throw new IOException("cannot create the indexed reporter " + className, e);
            }
        }
        return reporters;
    }

    String file(String runId, String suffix) throws IOException {
        return Files.readString(folder.resolve(runId + suffix));
    }
}
