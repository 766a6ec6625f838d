package dev.faustwire.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.diag.Code;
import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Patch;
import dev.faustwire.testsupport.Corpus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Gen patcher of the corpus imports in the JVM without the server: a patch comes out, every
 * box that is not a comment keeps Gen's place, and the report's codes are counted and printed.
 */
class CorpusImportTest {

    /** The corpus tree as GenFiles: a name found anywhere under the file's package folder, any case. */
    static GenFiles files(Path file) {
        Path top = Corpus.root().resolve(Corpus.root().relativize(file).getName(0));
        return name -> {
            try (Stream<Path> walk = Files.walk(top)) {
                Path found = walk.filter(p -> p.getFileName().toString().equalsIgnoreCase(name)).sorted().findFirst().orElse(null);
                return found == null ? null : Files.readString(found);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    static List<Path> corpus() {
        List<Path> files = new ArrayList<>(Corpus.files(Corpus.root().resolve("gen"), ".gendsp"));
        files.addAll(Corpus.files(Corpus.root().resolve("gen"), ".maxpat"));
        files.add(Corpus.jspatcher("ifc/05-00.gendsp"));
        files.addAll(Corpus.files(Corpus.jspatcher().resolve("paw/gen"), ".gendsp"));
        files.add(Corpus.jspatcher("wac/bitcrush.gendsp"));
        return files;
    }

    @Test
    void everyCorpusPatcherImportsWithItsBoxesInPlace() {
        Map<String, Integer> codes = new TreeMap<>();
        int exact = 0;
        List<Path> files = corpus();
        for (Path file : files) {
            GenImportResult result = GenImport.run(file.getFileName().toString(), Corpus.read(file), files(file));
            assertTrue(result.imported(), file + ": " + result.report());
            exact += result.exact() ? 1 : 0;
            for (Diagnostic d : result.report()) {
                codes.merge(d.code().id(), 1, Integer::sum);
            }
            assertEveryBoxHasAPlace(file.toString(), result.patch());
        }
        System.out.println("Gen corpus in the JVM: " + files.size() + " imported, " + exact + " exactly; report codes " + codes);
        assertEquals(86, files.size());
        assertTrue(exact >= 42, "exact imports: " + exact);
        assertTrue(!codes.containsKey(Code.GEN_BOX_UNREADABLE.id()), "no corpus box is unreadable: " + codes);
    }

    private static void assertEveryBoxHasAPlace(String where, Patch patch) {
        for (Box box : patch.boxes().values()) {
            assertTrue(box.rect() != null, where + ": " + box.id() + " has a place");
            if (box.subpatch() != null) {
                assertEveryBoxHasAPlace(where + " " + box.id(), box.subpatch());
            }
        }
    }
}
