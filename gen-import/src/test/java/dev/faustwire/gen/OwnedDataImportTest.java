package dev.faustwire.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.diag.Code;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A patcher {@code data} that only one codebox names: the codebox owns the table (its GenExpr translation holds it,
 * with the data's size and channels), the data box outputs its size and channel count; a data two codeboxes name is
 * reported on the data box (G062) and their uses on their lines (G058).
 */
class OwnedDataImportTest {
    private static GenJson codebox(GenJson patcher, int n, String code, int inlets, int outlets) {
        return patcher.raw(n, "codebox", "\"code\": " + GenJson.quote(code), inlets, outlets);
    }

    @Test
    void aDataOnlyOneCodeboxNamesIsAtableOfThatCodebox() {
        GenJson patcher = codebox(GenJson.patcher().box(1, "in 1", 0, 1).box(2, "data registers 8 2", 0, 2),
                3, "poke(registers, in1, 3, 1);\nout1 = peek(registers, 3, 1) + dim(registers) + channels(registers);", 1, 1)
                .box(4, "out 1", 1, 0).box(5, "out 2", 1, 0)
                .line(1, 0, 3, 0).line(3, 0, 4, 0).line(2, 0, 5, 0);
        GenImportResult result = Imports.gendsp(patcher);
        assertEquals(List.of(), result.report(), "the codebox owns the data: nothing to report");
        String code = TableImportTest.code(result, "box-3");
        assertTrue(code.contains("gen.store_rd(8, 2, "), "the codebox's table has the data's size and channels: " + code);
        assertTrue(code.contains("+ 8.0) + 2.0)"), "dim 8 and channels 2 as numbers: " + code);
        assertEquals("code @ins 0 @outs 2", Imports.text(result, "box-2"));
        assertTrue(TableImportTest.code(result, "box-2").contains("process = 8, 2;"), "the data box outputs its size");
        assertTrue(Imports.lines(result.patch()).contains("box-2:0 -> box-5:0"), Imports.lines(result.patch()).toString());
    }

    @Test
    void aDataTwoCodeboxesNameIsReportedOnTheDataAndTheirUses() {
        GenJson patcher = codebox(codebox(GenJson.patcher().box(2, "data t 8", 0, 2), 3, "poke(t, 1, 2);", 0, 0),
                4, "out1 = peek(t, 2);", 0, 1).box(5, "out 1", 1, 0).line(4, 0, 5, 0);
        GenImportResult result = Imports.gendsp(patcher);
        List<Code> codes = Imports.codes(result);
        assertTrue(codes.contains(Code.GENEXPR_DATA_SHARED), codes.toString());
        assertEquals(2, codes.stream().filter(c -> c == Code.GENEXPR_TABLE_UNKNOWN).count(), codes.toString());
        assertEquals("code @ins 0 @outs 2", Imports.text(result, "box-2"));
    }

    @Test
    void aDataAPatcherBoxAlsoReadsIsNotOwnedByTheCodebox() {
        GenJson patcher = codebox(GenJson.patcher().box(1, "in 1", 0, 1).box(2, "data t 8", 0, 2).box(6, "peek t", 2, 2),
                3, "poke(t, in1, 2);", 1, 0).box(5, "out 1", 1, 0).line(1, 0, 3, 0).line(1, 0, 6, 0).line(6, 0, 5, 0);
        GenImportResult result = Imports.gendsp(patcher);
        List<Code> codes = Imports.codes(result);
        assertTrue(codes.contains(Code.GENEXPR_TABLE_UNKNOWN), "the codebox's poke is reported: " + codes);
        assertFalse(TableImportTest.code(result, "box-3").contains("store_rd"), "no table in the codebox");
    }
}
