package dev.faustwire.core.io;

import dev.faustwire.testsupport.Corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.faustwire.core.diag.Code;
import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.core.diag.Severity;
import dev.faustwire.core.json.JsonValue.JsonObject;
import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Line;
import dev.faustwire.core.model.Patch;
import dev.faustwire.core.model.Port;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Tests of {@link PatchValidator}: E004 blank text, E005 missing ends, E006 negative ports, sub-patches. */
class PatchValidatorTest {

    private static Patch patch(List<Box> boxes, List<Line> lines) {
        Map<String, Box> boxMap = new TreeMap<>();
        boxes.forEach(b -> boxMap.put(b.id(), b));
        Map<String, Line> lineMap = new TreeMap<>();
        lines.forEach(l -> lineMap.put(l.id(), l));
        return new Patch(boxMap, lineMap, JsonObject.EMPTY, JsonObject.EMPTY);
    }

    private static Box box(String id, String text) {
        return new Box(id, text, null);
    }

    private static Line line(String id, String srcBox, int srcPort, String destBox, int destPort) {
        return new Line(id, new Port(srcBox, srcPort), new Port(destBox, destPort));
    }

    private static Box subpatcher(String id, Patch child) {
        return new Box(id, "p", null, null, child, null, JsonObject.EMPTY);
    }

    @Test
    void cleanPatchHasNoDiagnostics() {
        Patch p = patch(List.of(box("a", "in 1"), box("b", "+ 1"), box("c", "out 1")),
                List.of(line("l1", "a", 0, "b", 0), line("l2", "b", 0, "c", 0), line("l3", "a", 0, "b", 1)));
        assertEquals(List.of(), PatchValidator.validate(p));
        assertEquals(List.of(), PatchValidator.validate(Patch.EMPTY));
    }

    @Test
    void blankTextIsE004() {
        for (String text : List.of("", " ", "\t\n")) {
            List<Diagnostic> out = PatchValidator.validate(patch(List.of(box("a", "+"), box("b", text)), List.of()));
            assertEquals(List.of(new Diagnostic(Severity.ERROR, Code.BOX_WITHOUT_TEXT, "b", null, -1,
                    "box b has no text")), out, "text \"" + text + "\"");
        }
    }

    @Test
    void missingSourceBoxIsE005() {
        List<Diagnostic> out = PatchValidator.validate(
                patch(List.of(box("b", "+")), List.of(line("l1", "gone", 0, "b", 0))));
        assertEquals(List.of(Diagnostic.atLine(Code.LINE_TO_MISSING_BOX, "l1",
                "line l1 starts at box gone, which does not exist")), out);
    }

    @Test
    void missingDestinationBoxIsE005() {
        List<Diagnostic> out = PatchValidator.validate(
                patch(List.of(box("a", "+")), List.of(line("l2", "a", 0, "gone", 1))));
        assertEquals(List.of(Diagnostic.atLine(Code.LINE_TO_MISSING_BOX, "l2",
                "line l2 ends at box gone, which does not exist")), out);
    }

    @Test
    void bothEndsMissingGiveTwoE005() {
        List<Diagnostic> out = PatchValidator.validate(patch(List.of(), List.of(line("l3", "x", 0, "y", 0))));
        assertEquals(2, out.size(), out::toString);
        for (Diagnostic d : out) {
            assertEquals(Code.LINE_TO_MISSING_BOX, d.code());
            assertEquals("l3", d.lineId());
            assertNull(d.boxId());
        }
        assertEquals("line l3 starts at box x, which does not exist", out.get(0).message());
        assertEquals("line l3 ends at box y, which does not exist", out.get(1).message());
    }

    @Test
    void negativePortIsE006() {
        List<Diagnostic> out = PatchValidator.validate(
                patch(List.of(box("a", "+"), box("b", "+")), List.of(line("l4", "a", -1, "b", 0))));
        assertEquals(List.of(new Diagnostic(Severity.ERROR, Code.PORT_OUT_OF_RANGE, "a", "l4", -1,
                "line l4 starts at port -1 of a")), out);
    }

    @Test
    void negativeDestinationPortIsE006() {
        List<Diagnostic> out = PatchValidator.validate(
                patch(List.of(box("a", "+"), box("b", "+")), List.of(line("l5", "a", 0, "b", -2))));
        assertEquals(1, out.size(), out::toString);
        Diagnostic d = out.get(0);
        assertEquals(Code.PORT_OUT_OF_RANGE, d.code());
        assertEquals("b", d.boxId());
        assertEquals("l5", d.lineId());
        assertEquals(-2, d.port());
        assertEquals("line l5 ends at port -2 of b", d.message());
    }

    @Test
    void boxesComeBeforeLines() {
        List<Diagnostic> out = PatchValidator.validate(
                patch(List.of(box("z", "")), List.of(line("a", "z", 0, "missing", 0))));
        assertEquals(List.of(Code.BOX_WITHOUT_TEXT, Code.LINE_TO_MISSING_BOX), out.stream().map(Diagnostic::code).toList());
    }

    /** Ids inside sub-patchers are paths from the top patch, as codegen and the editor name them. */
    @Test
    void recursesIntoSubpatches() {
        Patch inner = patch(List.of(box("q", " ")), List.of(line("m", "q", 0, "r", 0)));
        Patch middle = patch(List.of(subpatcher("s", inner)), List.of());
        Patch outer = patch(List.of(subpatcher("p", middle)), List.of());
        assertEquals(List.of(
                Diagnostic.atBox(Code.BOX_WITHOUT_TEXT, "p/s/q", "in p: in s: box q has no text"),
                Diagnostic.atLine(Code.LINE_TO_MISSING_BOX, "p/s/m", "in p: in s: line m ends at box r, which does not exist")),
                PatchValidator.validate(outer));
    }

    @Test
    void subpatchLinesSeeOnlyTheirOwnBoxes() {
        Patch child = patch(List.of(box("in", "in 1")), List.of(line("c1", "in", 0, "outer", 0)));
        Patch parent = patch(List.of(box("outer", "+"), subpatcher("p", child)), List.of());
        assertEquals(List.of(Diagnostic.atLine(Code.LINE_TO_MISSING_BOX, "p/c1",
                "in p: line c1 ends at box outer, which does not exist")), PatchValidator.validate(parent));
    }

    @Test
    void corpusPatchesValidate() {
        for (var file : Corpus.files(Corpus.ifc(), ".dsppat")) {
            Patch p = PatchReader.read(Corpus.read(file)).patch();
            assertEquals(List.of(), PatchValidator.validate(p), file.toString());
        }
    }
}
