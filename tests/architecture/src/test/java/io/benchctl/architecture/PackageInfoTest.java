package io.benchctl.architecture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreeScanner;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.lang.model.element.Modifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every package of main code says what it is for and how stable it is: it has a {@code
 * package-info.java}, and every public type carries apiguardian's {@code @API} status, on itself,
 * on a type that encloses it, or on its package (apiguardian: a status holds for what it encloses).
 * Main code is what {@link MainSources} reads.
 */
class PackageInfoTest {

    private static final String PACKAGE_INFO = "package-info.java";
    private static final String MODULE_INFO = "module-info.java";
    private static final Set<String> API_ANNOTATION = Set.of("API", "org.apiguardian.api.API");

    private static List<MainSources.Source> sources;

    @BeforeAll
    static void parseMainSources() {
        sources = MainSources.parseAll(MainSources.repositoryRoot());
    }

    @Test
    void everyPackageOfMainCodeHasAPackageInfo() {
        Set<Path> withoutInfo = new TreeSet<>();
        for (MainSources.Source source : sources) {
            if (!source.path().endsWith(MODULE_INFO)) { // a module descriptor belongs to no package
                withoutInfo.add(source.folder());
            }
        }
        for (MainSources.Source source : sources) {
            if (source.path().endsWith(PACKAGE_INFO)) {
                withoutInfo.remove(source.folder());
            }
        }
        assertTrue(
                withoutInfo.isEmpty(),
                withoutInfo.size() + " packages of main code without a " + PACKAGE_INFO + ":\n  "
                        + String.join(
                                "\n  ", withoutInfo.stream().map(Path::toString).toList()));
    }

    @Test
    void everyPublicTypeOfMainCodeDeclaresItsApiStatus() {
        Map<Path, Boolean> packageHasStatus = new TreeMap<>();
        for (MainSources.Source source : sources) {
            if (source.path().endsWith(PACKAGE_INFO)) {
                packageHasStatus.put(
                        source.folder(), hasStatus(source.unit().getPackage().getAnnotations()));
            }
        }
        List<String> withoutStatus = new ArrayList<>();
        for (MainSources.Source source : sources) {
            if (!packageHasStatus.getOrDefault(source.folder(), false)) {
                new PublicTypesWithoutStatus(source, withoutStatus).scan(source.unit(), null);
            }
        }
        assertTrue(
                withoutStatus.isEmpty(),
                withoutStatus.size() + " public types with no @API status (on the type, an enclosing type or"
                        + " the package):\n  " + String.join("\n  ", withoutStatus));
    }

    private static boolean hasStatus(List<? extends AnnotationTree> annotations) {
        return annotations.stream()
                .anyMatch(a -> API_ANNOTATION.contains(a.getAnnotationType().toString()));
    }

    /** Adds {@code path:line Type} for every public type of one file that no {@code @API} covers. */
    private static final class PublicTypesWithoutStatus extends TreeScanner<Void, Void> {
        /** What a nested type inherits from the type that declares it. */
        private record Enclosing(boolean isInterface, boolean isVisible, boolean hasStatus) {}

        private final MainSources.Source source;
        private final List<String> withoutStatus;
        private final Deque<Enclosing> enclosing = new ArrayDeque<>();

        PublicTypesWithoutStatus(MainSources.Source source, List<String> withoutStatus) {
            this.source = source;
            this.withoutStatus = withoutStatus;
        }

        @Override
        public Void visitClass(ClassTree type, Void unused) {
            if (type.getSimpleName().isEmpty()) {
                return null; // an anonymous class is nobody's API
            }
            Enclosing outer = enclosing.peek();
            // A member of an interface or an annotation type is public without saying so.
            boolean isPublic =
                    type.getModifiers().getFlags().contains(Modifier.PUBLIC) || (outer != null && outer.isInterface());
            boolean isVisible = isPublic && (outer == null || outer.isVisible());
            boolean hasStatus = hasStatus(type.getModifiers().getAnnotations()) || (outer != null && outer.hasStatus());
            if (isVisible && !hasStatus) {
                withoutStatus.add(source.at(source.startLine(type)) + " " + type.getSimpleName());
            }
            boolean isInterface = type.getKind() == Tree.Kind.INTERFACE || type.getKind() == Tree.Kind.ANNOTATION_TYPE;
            enclosing.push(new Enclosing(isInterface, isVisible, hasStatus));
            try {
                return super.visitClass(type, unused);
            } finally {
                enclosing.pop();
            }
        }

        @Override
        public Void visitMethod(MethodTree method, Void unused) {
            return null; // a local class is nobody's API
        }
    }
}
