package dev.faustwire.core.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.faustwire.core.diag.Code;
import dev.faustwire.core.diag.Diagnostic;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImportReportTest {
    @Test
    void anExactImportSaysSo() {
        ImportReport report = ImportReport.of(ImportAnswer.of("comb.gendsp", ImportAnswerTest.COMB, Map.of(), List.of()));
        assertEquals("comb.gendsp: 3 boxes imported, every one exactly as Gen computes it", report.headline());
        assertEquals(List.of(), report.items());
        assertEquals(3, report.boxes());
    }

    @Test
    void errorsMakeAnIncompletePatchAndEachNamesItsBox() {
        ImportReport report = ImportReport.of(ImportAnswer.of("comb.gendsp", ImportAnswerTest.COMB, Map.of(), List.of(
                Diagnostic.atBox(Code.RECEIVE_WITHOUT_SEND, "obj-3", "approximated"),
                Diagnostic.atBox(Code.UNKNOWN_BOX, "obj-2", "buffer left out"))));
        assertEquals("comb.gendsp: 3 boxes imported; 1 error, 1 warning: what the errors name is left out,"
                + " so the patch is incomplete", report.headline());
        assertEquals(1, report.errors());
        assertEquals(1, report.warnings());
        ImportReport.Item first = report.items().get(0);
        assertEquals(Code.UNKNOWN_BOX.id(), first.code());
        assertEquals("error", first.severity());
        assertEquals("obj-2", first.selectBoxId());
        assertEquals(Code.UNKNOWN_BOX.id() + " obj-2: buffer left out", first.text());
        assertEquals("warning", report.items().get(1).severity());
    }

    @Test
    void warningsAloneNameApproximations() {
        ImportReport report = ImportReport.of(ImportAnswer.of("comb.gendsp", ImportAnswerTest.COMB, Map.of(),
                List.of(Diagnostic.atBox(Code.RECEIVE_WITHOUT_SEND, "obj-3", "approximated"))));
        assertEquals("comb.gendsp: 3 boxes imported; 1 warning: the warnings name approximations",
                report.headline());
    }

    @Test
    void nothingImportedIsSaidFirst() {
        ImportReport report = ImportReport.of(ImportAnswer.of("x.maxpat", null, Map.of(),
                List.of(Diagnostic.atDocument(Code.UNKNOWN_BOX, "no gen~ inside"))));
        assertEquals("x.maxpat: nothing could be imported; 1 error", report.headline());
        assertNull(report.items().get(0).selectBoxId());
        assertEquals(Code.UNKNOWN_BOX.id() + " no gen~ inside", report.items().get(0).text());
    }

    @Test
    void aBoxInsideASubPatcherSelectsTheSubPatcherAndAMissingBoxNothing() {
        assertEquals("obj-2", ImportReport.selectable(ImportAnswerTest.COMB, "obj-2/obj-7"));
        assertNull(ImportReport.selectable(ImportAnswerTest.COMB, "obj-99"));
        assertNull(ImportReport.selectable(ImportAnswerTest.COMB, null));
        assertNull(ImportReport.selectable(null, "obj-2"));
    }
}
