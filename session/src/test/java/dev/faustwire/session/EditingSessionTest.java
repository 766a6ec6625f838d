package dev.faustwire.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.codegen.Codegen;
import dev.faustwire.core.diag.Code;
import dev.faustwire.core.editor.Action;
import dev.faustwire.core.editor.PatchEditor;
import dev.faustwire.core.editor.TextField;
import dev.faustwire.core.io.PatchReader;
import dev.faustwire.core.io.PatchWriter;
import dev.faustwire.core.json.JsonValue.JsonNumber;
import dev.faustwire.core.json.JsonValue.JsonObject;
import dev.faustwire.core.model.Patch;
import dev.faustwire.stdlib.jvm.BundledIndex;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The session: regenerate on meaning, not on moves; the probe protocol; unsaved state; the real index's ports. */
class EditingSessionTest {
    private static final String CHAIN = """
            {"boxes": {"box-1": {"text": "in 1", "rect": [10, 10, 45, 22]},
                       "box-2": {"text": "* 0.5", "rect": [10, 60, 45, 22]},
                       "box-3": {"text": "out 1", "rect": [10, 110, 45, 22]}},
             "lines": {"line-1": {"src": ["box-1", 0], "dest": ["box-2", 0]},
                       "line-2": {"src": ["box-2", 0], "dest": ["box-3", 0]}}}
            """;
    private static final String CODE_BOX = """
            {"boxes": {"box-1": {"text": "in 1", "rect": [10, 10, 45, 22]},
                       "box-2": {"text": "code", "rect": [10, 60, 45, 22], "data": {"value": "process = *(2);"}},
                       "box-3": {"text": "out 1", "rect": [10, 110, 45, 22]}},
             "lines": {"line-1": {"src": ["box-1", 0], "dest": ["box-2", 0]},
                       "line-2": {"src": ["box-2", 0], "dest": ["box-3", 0]}}}
            """;

    private static EditingSession open(String text) {
        EditingSession session = new EditingSession(BundledIndex.get());
        assertTrue(session.open(Document.inWorkspace("a/chain.json", "\"e1\""), text).isEmpty());
        return session;
    }

    @Test
    void theProgramIsWhatCodegenGivesAndIsNotMadeAgainForAMove() {
        EditingSession session = open(CHAIN);
        Generated first = session.generated();
        assertEquals(Codegen.generate(session.model().patch(), BundledIndex.get()).code(), first.code());
        session.editor().select(dev.faustwire.core.editor.Selection.ofBox("box-2"));
        session.editor().perform(Action.NUDGE_RIGHT_FAR);
        assertSame(first, session.generated(), "a move does not regenerate");
        session.editor().commitText(session.editor().editSelectedField(), "* 0.25");
        assertTrue(session.generated().code().contains("* 0.25"));
    }

    @Test
    void theDocumentIsUnsavedAfterAnEditAndSavedAgainAfterUndoOrASave() {
        EditingSession session = open(CHAIN);
        assertEquals("chain.json", session.document().name());
        assertFalse(session.unsaved());
        session.editor().perform(Action.SELECT_ALL);
        session.editor().perform(Action.NUDGE_DOWN);
        assertTrue(session.unsaved());
        session.editor().perform(Action.UNDO);
        assertFalse(session.unsaved(), "back to the saved patch");
        session.editor().perform(Action.REDO);
        session.saved(Document.inWorkspace("a/chain.json", "\"e2\"").savedAs(session.model().patch()));
        assertFalse(session.unsaved());
        assertEquals("\"e2\"", session.document().etag());
    }

    @Test
    void aNewPatchIsUnsavedOnlyOnceItHasABox() {
        EditingSession session = new EditingSession(BundledIndex.get());
        assertFalse(session.unsaved());
        PatchEditor editor = session.editor();
        TextField field = editor.doubleClick(50, 50);
        editor.commitText(field, "in 1");
        assertTrue(session.unsaved());
    }

    @Test
    void aFileThatCannotBeReadLeavesTheOpenPatch() {
        EditingSession session = open(CHAIN);
        Patch before = session.model().patch();
        assertFalse(session.open(Document.untitled(), "{not json").isEmpty());
        assertSame(before, session.model().patch());
        assertEquals("chain.json", session.document().name());
    }

    @Test
    void aCodeBoxOfUnknownArityIsAskedOnceAndTheAnswerJoinsNoStepOfTheHistory() {
        EditingSession session = open(CODE_BOX);
        assertTrue(hasCode(session, Code.CODE_ARITY_UNKNOWN));
        String request = session.probeRequest();
        assertNotNull(request);
        assertTrue(request.contains("\"path\": \"a/chain.json\""), request);
        assertNull(session.probeRequest(), "the same state is asked once");

        Patch asked = session.model().patch();
        session.probeAnswered(asked, "{\"ok\": true, \"probes\": {\"box-2\": {\"inputs\": 1, \"outputs\": 1}}}");
        JsonObject data = (JsonObject) session.model().patch().box("box-2").data();
        assertEquals(JsonNumber.of(1), data.get("inputs"));
        assertFalse(hasCode(session, Code.CODE_ARITY_UNKNOWN));
        assertTrue(session.generated().ok(), session.generated().diagnostics().toString());
        assertFalse(session.model().canUndo(), "Ctrl+Z right after opening has nothing to undo");
        assertEquals(1, session.editor().layout().box("box-2").inlets(), "the box shows its probed ports");
    }

    @Test
    void aProbeAnsweredForABoxRemovedMeanwhileChangesNothing() {
        EditingSession session = open(CODE_BOX);
        Patch asked = session.model().patch();
        session.probeRequest();
        session.editor().select(dev.faustwire.core.editor.Selection.ofBox("box-2"));
        session.editor().perform(Action.DELETE);
        String before = PatchWriter.write(session.model().patch());
        session.probeAnswered(asked, "{\"probes\": {\"box-2\": {\"inputs\": 1, \"outputs\": 1}}}");
        assertEquals(before, PatchWriter.write(session.model().patch()));
        session.probeAnswered(asked, "not json at all");
        session.probeAnswered(asked, "{\"probes\": {\"box-2\": {\"inputs\": 1.5, \"outputs\": \"x\"}}}");
        assertEquals(before, PatchWriter.write(session.model().patch()));
    }

    @Test
    void aCodeBoxTheServerCouldNotProbeShowsTheCompilerProblem() {
        EditingSession session = open(CODE_BOX);
        Patch asked = session.model().patch();
        session.probeRequest();
        session.probeAnswered(asked, "{\"ok\": false, \"probes\": {}, \"diagnostics\": [{\"severity\": \"error\","
                + " \"code\": \"E016\", \"boxId\": \"box-2\", \"message\": \"undefined symbol : foo\"}]}");
        assertTrue(hasCode(session, Code.COMPILE_ERROR));
        assertFalse(hasCode(session, Code.CODE_ARITY_UNKNOWN));
    }

    @Test
    void portsComeFromTheLibraryIndex() {
        EditingSession session = new EditingSession(BundledIndex.get());
        session.open(Document.untitled(), PatchReader.read("""
                {"boxes": {"box-1": {"text": "si.bus 5", "rect": [0, 0, 60, 22]},
                           "box-2": {"text": "en.adsr", "rect": [0, 50, 60, 22]}}, "lines": {}}
                """).patch());
        assertEquals(5, session.editor().layout().box("box-1").inlets());
        assertEquals(5, session.editor().layout().box("box-1").outlets());
        assertEquals(5, session.editor().layout().box("box-2").inlets());
        assertEquals(List.of("box-1", "box-2"), List.copyOf(session.model().patch().boxes().keySet()));
    }

    private static boolean hasCode(EditingSession session, Code code) {
        return session.generated().diagnostics().stream().anyMatch(d -> d.code() == code);
    }
}
