package dev.faustwire.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.core.model.Patch;
import dev.faustwire.stdlib.jvm.BundledIndex;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** On any graph, codegen returns a program or errors that name existing boxes and lines; it never throws. */
class RandomGraphsTest {
    static final int GRAPHS = 5_000;

    @Test
    void codegenNeverThrowsAndBlamesOnlyWhatExists() {
        Random random = new Random(20261121);
        int ok = 0;
        int loops = 0;
        for (int i = 0; i < GRAPHS; i++) {
            Patch patch = RandomPatches.generate(random, 12);
            CodegenResult result = Codegen.generate(patch, BundledIndex.get());
            boolean hasError = result.diagnostics().stream().anyMatch(Diagnostic::isError);
            assertEquals(!hasError, result.ok(), "graph " + i);
            for (Diagnostic d : result.diagnostics()) {
                if (d.boxId() != null) {
                    assertNotNull(patch.box(d.boxId()), "graph " + i + ": " + d);
                }
                if (d.lineId() != null) {
                    assertNotNull(patch.line(d.lineId()), "graph " + i + ": " + d);
                }
            }
            if (result.ok()) {
                ok++;
                assertTrue(result.code().contains("process"), "graph " + i);
                assertEquals(result.code().split("\n", -1).length - 1, result.sourceMap().lineCount());
                loops += result.code().contains("Loop_") ? 1 : 0;
            }
        }
        assertTrue(ok > GRAPHS / 20, "enough graphs generate code to mean something: " + ok);
        assertTrue(loops > 10, "enough graphs have loops: " + loops);
    }
}
