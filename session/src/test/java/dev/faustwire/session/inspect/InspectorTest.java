package dev.faustwire.session.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.diag.Code;
import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.session.Document;
import dev.faustwire.session.EditingSession;
import dev.faustwire.stdlib.jvm.BundledIndex;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The inspector of a box, against the real stdlib index and the real code generator. */
class InspectorTest {
    private static final String FILTER = """
            {"boxes": {"box-1": {"text": "in 1", "rect": [10, 10, 45, 22]},
                       "box-2": {"text": "fi.lowpass 2", "rect": [10, 60, 90, 22]},
                       "box-3": {"text": "hslider freq 440 20 2000 1", "rect": [120, 10, 180, 22]},
                       "box-4": {"text": "out 1", "rect": [10, 110, 45, 22]},
                       "box-5": {"text": "+ 1", "rect": [200, 60, 45, 22]},
                       "box-6": {"text": "hslider", "rect": [300, 10, 60, 22], "data": {"label": "hslider 1"}},
                       "box-8": {"text": "si.bus 2 @ins 2 @outs 2", "rect": [300, 110, 60, 22]}},
             "lines": {"line-1": {"src": ["box-3", 0], "dest": ["box-2", 0]},
                       "line-2": {"src": ["box-1", 0], "dest": ["box-2", 1]},
                       "line-3": {"src": ["box-2", 0], "dest": ["box-4", 0]}}}
            """;

    static EditingSession open(String text) {
        EditingSession session = new EditingSession(BundledIndex.get());
        assertTrue(session.open(Document.inWorkspace("a/filter.json", "\"e1\""), text).isEmpty());
        return session;
    }

    static BoxInfo inspect(EditingSession session, String boxId) {
        return session.inspector().inspect(session.editor().level(), session.editor().levelPath(), boxId,
                session.generated());
    }

    static List<String> names(List<PortInfo> ports) {
        List<String> names = new ArrayList<>();
        for (PortInfo p : ports) {
            names.add(p.name());
        }
        return names;
    }

    @Test
    void theLowpassShowsFcThenTheSignalAndItsDocFromTheIndex() {
        BoxInfo info = inspect(open(FILTER), "box-2");
        assertEquals("fi.lowpass 2", info.text());
        assertEquals("library function fi.lowpass", info.kind());
        assertEquals(List.of("fc", "signal"), names(info.inlets()));
        assertEquals(List.of("output"), names(info.outlets()));
        assertEquals(List.of("N", "fc"), info.doc().params());
        assertTrue(info.doc().summary().startsWith("Nth-order Butterworth lowpass"), info.doc().summary());
        assertEquals("_ : lowpass(N,fc) : _", info.doc().usage());
        assertNull(info.doc().notABox());
    }

    @Test
    void aPlaceholderKeepsTheParameterAsAnInlet() {
        EditingSession osc = open(FILTER.replace("\"fi.lowpass 2\"", "\"os.osc _\""));
        assertEquals(List.of("freq"), names(inspect(osc, "box-2").inlets()));
        EditingSession given = open(FILTER.replace("\"fi.lowpass 2\"", "\"fi.lowpass 2 1000\""));
        assertEquals(List.of("signal"), names(inspect(given, "box-2").inlets()));
    }

    @Test
    void operatorsAndPrimitivesHaveSensibleNames() {
        EditingSession session = open(FILTER);
        assertEquals(List.of("left"), names(inspect(session, "box-5").inlets()), "+ 1: the argument fills the right inlet");
        assertEquals(List.of(), names(inspect(session, "box-1").inlets()));
        assertEquals(List.of("input 1"), names(inspect(session, "box-1").outlets()));
        assertEquals(List.of("output 1"), names(inspect(session, "box-4").inlets()));
        assertEquals(List.of(), names(inspect(session, "box-3").inlets()));
        assertEquals(List.of("value"), names(inspect(session, "box-3").outlets()));
        EditingSession plus = open(FILTER.replace("\"+ 1\"", "\"+\""));
        assertEquals(List.of("left", "right"), names(inspect(plus, "box-5").inlets()));
        EditingSession delay = open(FILTER.replace("\"+ 1\"", "\"@\""));
        assertEquals(List.of("signal", "delay"), names(inspect(delay, "box-5").inlets()));
        EditingSession select = open(FILTER.replace("\"+ 1\"", "\"select2\""));
        assertEquals(List.of("selector", "first", "second"), names(inspect(select, "box-5").inlets()));
    }

    @Test
    void aSliderShowsItsRangeAndAnUnlabelledOneItsStoredLabel() {
        EditingSession session = open(FILTER);
        BoxInfo slider = inspect(session, "box-3");
        assertEquals("hslider", slider.kind());
        assertEquals(List.of(new RangeField("init", "440"), new RangeField("min", "20"), new RangeField("max", "2000"),
                new RangeField("step", "1")), slider.ranges());
        assertNull(slider.storedLabel());
        assertEquals("hslider 1", inspect(session, "box-6").storedLabel());
    }

    @Test
    void editingTheMaxFieldChangesTheBoxAndTheProgramInOneUndoStep() {
        EditingSession session = open(FILTER);
        BoxInfo slider = inspect(session, "box-3");
        ControlRanges.Edited edited = ControlRanges.set(slider.path(), slider.text(), "max", "5000");
        assertTrue(session.editor().setBoxText("box-3", edited.text()));
        assertEquals("hslider freq 440 20 5000 1", session.editor().level().box("box-3").text());
        assertTrue(session.generated().code().contains("hslider(\"freq\", 440, 20, 5000, 1)"), session.generated().code());
        assertEquals(new RangeField("max", "5000"), inspect(session, "box-3").ranges().get(2));
        session.model().undo();
        assertEquals("hslider freq 440 20 2000 1", session.editor().level().box("box-3").text());
        assertTrue(session.generated().code().contains("hslider(\"freq\", 440, 20, 2000, 1)"));
    }

    @Test
    void attributesAreListed() {
        BoxInfo bus = inspect(open(FILTER), "box-8");
        assertEquals(List.of(new Attribute("ins", "2"), new Attribute("outs", "2")), bus.attributes());
    }

    @Test
    void theBoxsDiagnosticsAreThoseThatNameItsPath() {
        EditingSession session = open(FILTER);
        BoxInfo unknown = inspect(open(FILTER.replace("\"+ 1\"", "\"no.such.thing\"")), "box-5");
        assertEquals("unknown", unknown.kind());
        assertEquals(1, unknown.diagnostics().size(), unknown.diagnostics().toString());
        Diagnostic d = unknown.diagnostics().get(0);
        assertEquals(Code.UNKNOWN_BOX, d.code());
        assertTrue(inspect(session, "box-2").diagnostics().isEmpty(), inspect(session, "box-2").diagnostics().toString());
    }

    @Test
    void anInletShowsTheDefinitionThatFeedsItWithItsLine() {
        EditingSession session = open(FILTER);
        BoxInfo filter = inspect(session, "box-2");
        String code = session.generated().code();
        PortInfo fc = filter.port("in 0");
        assertEquals(1, fc.definitions().size(), fc.toString());
        String feeding = fc.definitions().get(0);
        assertTrue(feeding.startsWith("Hslider_3_0 (line "), feeding + "\n" + code + session.generated().lineOwners());
        int line = Integer.parseInt(feeding.substring(feeding.indexOf("line ") + 5, feeding.length() - 1));
        assertTrue(code.lines().toList().get(line - 1).trim().startsWith("Hslider_3_0 = hslider(\"freq\""), code);
        PortInfo signal = filter.port("in 1");
        assertTrue(signal.definitions().get(0).startsWith("In_1_0 (line "), signal.toString() + "\n" + code);
        PortInfo out = filter.port("out 0");
        assertTrue(out.definitions().get(0).startsWith("fi_lowpass_2_0 (line "), out + "\n" + code);
        assertEquals("inlet 1: fc\nfed by " + feeding, fc.hoverText());
        assertTrue(inspect(session, "box-4").port("in 0").hoverText().startsWith("inlet 1: output 1\nfed by fi_lowpass_2_0 (line "));
    }

    @Test
    void anUnconnectedInletSaysSo() {
        BoxInfo plus = inspect(open(FILTER), "box-5");
        assertEquals("inlet 1: left\nnothing connected", plus.port("in 0").hoverText());
        assertNull(plus.port("in 1"));
    }

    @Test
    void aDocumentedFunctionThatCannotBeABoxIsStillExplained() {
        BoxInfo reduce = inspect(open(FILTER.replace("\"+ 1\"", "\"rm.reduce\"")), "box-5");
        assertEquals("not a box: rm.reduce", reduce.kind());
        assertNotNull(reduce.doc());
        assertTrue(reduce.doc().notABox().startsWith("takes arguments that are not numbers"), reduce.doc().notABox());
        assertEquals("process = rm.reduce(max,128);", reduce.doc().codeExample());
        assertTrue(reduce.doc().summary().contains("Fold-like high order function"), reduce.doc().summary());
        assertTrue(reduce.kindDoc().contains("code box"), reduce.kindDoc());
        assertEquals(Code.UNKNOWN_BOX, reduce.diagnostics().get(0).code());
        assertTrue(reduce.diagnostics().get(0).message().startsWith("rm.reduce is documented but cannot be a box: it takes"
                + " arguments that are not numbers"), reduce.diagnostics().get(0).message());
        assertTrue(reduce.diagnostics().get(0).message().endsWith("Call it from a code box: process = rm.reduce(max,128);"),
                reduce.diagnostics().get(0).message());
    }

    @Test
    void noBoxGivesNoInfo() {
        EditingSession session = open(FILTER);
        assertNull(inspect(session, "box-99"));
    }

    @Test
    void aBoxInsideASubPatcherIsNamedByItsPath() {
        EditingSession session = open("""
                {"boxes": {"box-1": {"text": "in 1", "rect": [10, 10, 45, 22]},
                           "box-9": {"text": "p inner", "rect": [10, 60, 60, 22], "data": {
                               "boxes": {"box-1": {"text": "in 1", "rect": [10, 10, 45, 22]},
                                         "box-2": {"text": "* 0.5", "rect": [10, 60, 45, 22]},
                                         "box-3": {"text": "out 1", "rect": [10, 110, 45, 22]}},
                               "lines": {"line-1": {"src": ["box-1", 0], "dest": ["box-2", 0]},
                                         "line-2": {"src": ["box-2", 0], "dest": ["box-3", 0]}}}},
                           "box-3": {"text": "out 1", "rect": [10, 110, 45, 22]}},
                 "lines": {"line-1": {"src": ["box-1", 0], "dest": ["box-9", 0]},
                           "line-2": {"src": ["box-9", 0], "dest": ["box-3", 0]}}}
                """);
        assertTrue(session.editor().enter("box-9"));
        BoxInfo mul = inspect(session, "box-2");
        assertEquals("box-9/box-2", mul.path());
        assertEquals(List.of("left"), names(mul.inlets()));
        assertTrue(mul.outlets().get(0).definitions().get(0).startsWith("Mul_2_0 (line "),
                mul.outlets().toString() + "\n" + session.generated().code());
    }

    /** Prints (never asserts) the median time to inspect a box of a 400-box chain: what a paint after a selection costs. */
    @Test
    void inspectingABoxOfALargePatchIsMeasured() {
        StringBuilder boxes = new StringBuilder("\"box-1\": {\"text\": \"in 1\", \"rect\": [0, 0, 45, 22]}");
        StringBuilder lines = new StringBuilder();
        int n = 400;
        for (int i = 2; i <= n; i++) {
            boxes.append(", \"box-").append(i).append("\": {\"text\": \"").append(i == n ? "out 1" : "+ 1")
                    .append("\", \"rect\": [0, ").append(i * 40).append(", 45, 22]}");
            lines.append(i == 2 ? "" : ", ").append("\"line-").append(i).append("\": {\"src\": [\"box-").append(i - 1)
                    .append("\", 0], \"dest\": [\"box-").append(i).append("\", 0]}");
        }
        EditingSession session = open("{\"boxes\": {" + boxes + "}, \"lines\": {" + lines + "}}");
        assertTrue(session.generated().ok());
        long[] nanos = new long[41];
        BoxInfo info = null;
        for (int round = 0; round < nanos.length; round++) {
            long start = System.nanoTime();
            info = inspect(session, "box-200");
            nanos[round] = System.nanoTime() - start;
        }
        java.util.Arrays.sort(nanos);
        assertTrue(info.port("in 0").definitions().get(0).startsWith("Add_199_0 (line "), info.toString());
        System.out.println("inspector: a box of a " + n + "-box chain inspected in " + nanos[nanos.length / 2] / 1000
                + " us (median of " + nanos.length + ")");
    }
}
