package io.benchctl.architecture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.util.TreeScanner;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Main code stays readable in one sitting: no main source file over {@value #MAX_FILE_LINES} lines
 * and no method or constructor over {@value #MAX_METHOD_LINES} lines, counted from its first
 * annotation or modifier to its closing brace (javadoc excluded). A lambda or an anonymous class is
 * counted as part of the method that holds it; an anonymous class's own methods are counted too.
 *
 * <p>A failure lists every violation as {@code path:line}, so the fix starts where it points.
 */
class SourceLimitsTest {

    static final int MAX_FILE_LINES = 300;
    static final int MAX_METHOD_LINES = 60;

    private static List<MainSources.Source> sources;

    @BeforeAll
    static void parseMainSources() {
        sources = MainSources.parseAll(MainSources.repositoryRoot());
    }

    @Test
    void theScanReadsEveryKindOfMainCode() {
        List<String> expected = List.of(
                "platform-api/",
                "platform-runtime/",
                "peer-protocol/",
                "plugins/cpu/",
                "plugins/examples/gpu/",
                "testkit/",
                "bench/driver/",
                "tests/platform/test-plugin/",
                MainSources.TEMPLATE_SOURCES + "/");
        for (String prefix : expected) {
            assertTrue(
                    sources.stream().anyMatch(s -> s.path().toString().startsWith(prefix)),
                    "no main source under " + prefix + ": the limits would not check it");
        }
        assertTrue(
                sources.stream().noneMatch(s -> s.path().startsWith("third-party")),
                "third-party/ is read: its fork follows its upstream's sizes, not ours");
    }

    @Test
    void noMainFileIsLongerThan300Lines() {
        List<String> tooLong = new ArrayList<>();
        for (MainSources.Source source : sources) {
            if (source.lineCount() > MAX_FILE_LINES) {
                tooLong.add(source.path() + " has " + source.lineCount() + " lines");
            }
        }
        assertTrue(
                tooLong.isEmpty(),
                tooLong.size() + " main files over " + MAX_FILE_LINES + " lines:\n  " + String.join("\n  ", tooLong));
    }

    @Test
    void noMethodIsLongerThan60Lines() {
        List<String> tooLong = new ArrayList<>();
        for (MainSources.Source source : sources) {
            new MethodLengths(source, tooLong).scan(source.unit(), null);
        }
        assertTrue(
                tooLong.isEmpty(),
                tooLong.size() + " methods over " + MAX_METHOD_LINES + " lines:\n  " + String.join("\n  ", tooLong));
    }

    /** Adds {@code path:line Type.method is N lines} for every method of one file that is too long. */
    private static final class MethodLengths extends TreeScanner<Void, Void> {
        private final MainSources.Source source;
        private final List<String> tooLong;
        private final Deque<String> typeNames = new ArrayDeque<>();

        MethodLengths(MainSources.Source source, List<String> tooLong) {
            this.source = source;
            this.tooLong = tooLong;
        }

        @Override
        public Void visitClass(ClassTree type, Void unused) {
            String name = type.getSimpleName().toString();
            typeNames.push(name.isEmpty() ? "<anonymous>" : name);
            try {
                return super.visitClass(type, unused);
            } finally {
                typeNames.pop();
            }
        }

        @Override
        public Void visitMethod(MethodTree method, Void unused) {
            int start = source.startLine(method);
            int lines = source.endLine(method) - start + 1;
            if (lines > MAX_METHOD_LINES) {
                String name = method.getName().contentEquals("<init>")
                        ? "constructor"
                        : method.getName().toString();
                tooLong.add(source.at(start) + " " + typeNames.peek() + "." + name + " is " + lines + " lines");
            }
            return super.visitMethod(method, unused);
        }
    }
}
