package dev.faustwire.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The arrows between modules, as DESIGN section 1 and the README draw them:
 * {@code editor-core <- stdlib-index <- codegen <- session <- webapp}, {@code editor-core <- gen-import},
 * {@code codegen <- server}, {@code gen-import <- server},
 * {@code codegen <- benchmarks}, {@code server <- embed}; {@code test-support}, which every module's tests may use, uses none. A module's code may name only its own packages and those of the
 * modules below it; {@code fully.qualified.Names} in code count as much as imports.
 */
class ModuleArrowsTest {
    /** Module folder -> its own package, then the packages it may use. */
    static final Map<String, List<String>> ALLOWED = Map.of(
            "test-support", List.of("dev.faustwire.testsupport"),
            "editor-core", List.of("dev.faustwire.core"),
            "stdlib-index", List.of("dev.faustwire.stdlib", "dev.faustwire.core"),
            "gen-import", List.of("dev.faustwire.gen", "dev.faustwire.core"),
            "codegen", List.of("dev.faustwire.codegen", "dev.faustwire.stdlib", "dev.faustwire.core"),
            "session", List.of("dev.faustwire.session", "dev.faustwire.codegen", "dev.faustwire.stdlib",
                    "dev.faustwire.core"),
            "webapp", List.of("dev.faustwire.web", "dev.faustwire.session", "dev.faustwire.codegen",
                    "dev.faustwire.stdlib", "dev.faustwire.core"),
            "server", List.of("dev.faustwire.server", "dev.faustwire.codegen", "dev.faustwire.gen",
                    "dev.faustwire.stdlib", "dev.faustwire.core"),
            "benchmarks", List.of("dev.faustwire.bench", "dev.faustwire.codegen", "dev.faustwire.stdlib",
                    "dev.faustwire.core"),
            "embed", List.of("dev.faustwire.embed", "dev.faustwire.server", "dev.faustwire.codegen",
                    "dev.faustwire.gen", "dev.faustwire.stdlib", "dev.faustwire.core"));

    /** The portable reader of the index must not reach its JVM-only builder and loader. */
    static final List<String> JVM_ONLY = List.of("dev.faustwire.stdlib.build", "dev.faustwire.stdlib.jvm");

    @ParameterizedTest
    @ValueSource(strings = {"test-support", "editor-core", "stdlib-index", "gen-import", "codegen", "session", "webapp", "server",
            "benchmarks", "embed"})
    void aModuleUsesOnlyTheModulesBelowIt(String module) {
        List<String> allowed = ALLOWED.get(module);
        List<String> wrong = new ArrayList<>();
        for (Sources.Source source : Sources.of(module)) {
            assertTrue(source.packageName().startsWith(allowed.get(0)), source.where() + " is outside " + allowed.get(0));
            for (String used : Names.faustwireNamesIn(source)) {
                if (allowed.stream().noneMatch(used::startsWith)) {
                    wrong.add(source.where() + " uses " + used + ": " + module + " may use only " + allowed);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @ParameterizedTest
    @ValueSource(strings = {"codegen", "session", "webapp"})
    void portableCodeUsesOnlyThePortableReaderOfTheIndex(String module) {
        List<String> wrong = new ArrayList<>();
        for (Sources.Source source : Sources.of(module)) {
            for (String used : Names.faustwireNamesIn(source)) {
                if (JVM_ONLY.stream().anyMatch(used::startsWith)) {
                    wrong.add(source.where() + " uses " + used + ", which runs only in the JVM");
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void aForbiddenArrowIsFound() {
        Sources.Source planted = new Sources.Source(Sources.ROOT.resolve("editor-core/src/main/java/X.java"),
                "dev.faustwire.core.edit", List.of("dev.faustwire.codegen.Codegen"),
                "package dev.faustwire.core.edit;\nimport dev.faustwire.codegen.Codegen;\n"
                        + "class X { Object o = dev.faustwire.session.EditingSession.class; }\n");
        assertEquals(List.of("dev.faustwire.codegen.Codegen", "dev.faustwire.session.EditingSession"),
                Names.faustwireNamesIn(planted));
    }
}
