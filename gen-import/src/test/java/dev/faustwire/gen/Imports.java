package dev.faustwire.gen;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.faustwire.core.diag.Code;
import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Line;
import dev.faustwire.core.model.Patch;
import java.util.ArrayList;
import java.util.List;

/** Reading an import's result in tests: box texts, lines as text, report codes. */
final class Imports {
    private Imports() {
    }

    static GenImportResult gendsp(GenJson patcher) {
        return GenImport.run("test.gendsp", patcher.gendsp(), GenFiles.NONE);
    }

    static String text(GenImportResult result, String boxId) {
        Box box = result.patch().box(boxId);
        assertNotNull(box, "box " + boxId + " in " + result.patch().boxes().keySet());
        return box.text();
    }

    /** Every line as "box-1:0 -> box-2:1", sorted. */
    static List<String> lines(Patch patch) {
        List<String> lines = new ArrayList<>();
        for (Line line : patch.lines().values()) {
            lines.add(line.src().boxId() + ":" + line.src().index() + " -> " + line.dest().boxId() + ":" + line.dest().index());
        }
        lines.sort(String::compareTo);
        return lines;
    }

    static List<Code> codes(GenImportResult result) {
        List<Code> codes = new ArrayList<>();
        for (Diagnostic d : result.report()) {
            codes.add(d.code());
        }
        return codes;
    }
}
