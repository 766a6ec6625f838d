package dev.faustwire.session.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.diag.Code;
import dev.faustwire.session.EditingSession;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The kind line, doc, ranges, labels and problems the inspector shows for each sort of box. */
class InspectorKindsTest {
    private static final String PATCH = """
            {"boxes": {"box-1": {"text": "440", "rect": [10, 10, 45, 22]},
                       "box-2": {"text": "button", "rect": [10, 60, 60, 22], "data": {"label": "button 1"}},
                       "box-3": {"text": "vbargraph level -60 0", "rect": [10, 110, 120, 22]},
                       "box-4": {"text": "receive bus", "rect": [10, 160, 60, 22]},
                       "box-5": {"text": "out 1", "rect": [10, 210, 45, 22]},
                       "box-6": {"text": "nentry voices 4 1 16 1", "rect": [200, 10, 120, 22]},
                       "box-7": {"text": "comment a note", "rect": [200, 60, 120, 22]},
                       "box-8": {"text": "+", "rect": [200, 110, 45, 22]}},
             "lines": {"line-1": {"src": ["box-1", 0], "dest": ["box-3", 0]},
                       "line-2": {"src": ["box-3", 0], "dest": ["box-8", 0]},
                       "line-3": {"src": ["box-4", 0], "dest": ["box-8", 1]},
                       "line-4": {"src": ["box-8", 0], "dest": ["box-5", 0]},
                       "line-5": {"src": ["box-2", 0], "dest": ["box-8", 1]}}}
            """;

    private static BoxInfo inspect(EditingSession session, String boxId) {
        return InspectorTest.inspect(session, boxId);
    }

    @Test
    void aNumberIsAConstant() {
        BoxInfo info = inspect(InspectorTest.open(PATCH), "box-1");
        assertEquals("constant", info.kind());
        assertEquals("a number alone is a constant", info.kindDoc());
        assertNull(info.doc());
        assertEquals(List.of(), info.inlets());
        assertEquals(List.of("output"), InspectorTest.names(info.outlets()));
    }

    @Test
    void aBoxKindShowsItsOneLineDoc() {
        BoxInfo info = inspect(InspectorTest.open(PATCH), "box-2");
        assertEquals("button", info.kind());
        assertTrue(info.kindDoc().startsWith("a momentary switch"), info.kindDoc());
        assertEquals("button 1", info.storedLabel());
        assertEquals(List.of(), info.ranges(), "a button has no numbers");
    }

    @Test
    void aBargraphShowsItsMinAndMax() {
        BoxInfo info = inspect(InspectorTest.open(PATCH), "box-3");
        assertEquals(List.of(new RangeField("min", "-60"), new RangeField("max", "0")), info.ranges());
        assertEquals(List.of("signal"), InspectorTest.names(info.inlets()));
        assertTrue(info.port("in 0").definitions().get(0).startsWith("Const_1_0 (line "),
                info.port("in 0").toString());
    }

    @Test
    void anEntryShowsItsFourNumbers() {
        BoxInfo info = inspect(InspectorTest.open(PATCH), "box-6");
        assertEquals(List.of(new RangeField("init", "4"), new RangeField("min", "1"), new RangeField("max", "16"),
                new RangeField("step", "1")), info.ranges());
        assertNull(info.storedLabel(), "its label is in its text");
    }

    @Test
    void aWarningOfTheBoxIsListedToo() {
        BoxInfo info = inspect(InspectorTest.open(PATCH), "box-4");
        assertEquals("receive", info.kind());
        assertEquals(1, info.diagnostics().size(), info.diagnostics().toString());
        assertEquals(Code.RECEIVE_WITHOUT_SEND, info.diagnostics().get(0).code());
        assertTrue(inspect(InspectorTest.open(PATCH), "box-1").diagnostics().isEmpty());
    }

    @Test
    void twoLinesIntoOneInletAreBothListed() {
        BoxInfo info = inspect(InspectorTest.open(PATCH), "box-8");
        List<String> right = info.port("in 1").definitions();
        assertEquals(2, right.size(), right.toString());
        assertTrue(right.get(0).startsWith("Receive_4_0 (line ") || right.get(0).startsWith("Button_2_0 (line "),
                right.toString());
        assertTrue(info.port("in 1").hoverText().startsWith("inlet 2: right\nfed by "), info.port("in 1").hoverText());
    }

    @Test
    void aCommentIsShownWithItsKind() {
        BoxInfo info = inspect(InspectorTest.open(PATCH), "box-7");
        assertEquals("comment", info.kind());
        assertEquals(List.of(), info.inlets());
        assertEquals(List.of(), info.outlets());
        assertEquals(List.of(), info.attributes());
    }

    @Test
    void anUnreadableTextIsAnEmptyKindNotACrash() {
        EditingSession session = InspectorTest.open(PATCH.replace("\"comment a note\"", "\"hslider \\\"open\""));
        BoxInfo info = inspect(session, "box-7");
        assertEquals("empty", info.kind());
        assertEquals(List.of(), info.ranges());
        assertEquals(Code.MALFORMED_BOX_TEXT, info.diagnostics().get(0).code());
    }
}
