package dev.faustwire.core.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.diag.Code;
import dev.faustwire.core.io.PatchReader;
import dev.faustwire.core.model.Patch;
import dev.faustwire.core.view.Point;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Sub-patchers as a person uses them: open with a double-click or Enter, edit inside, go back, undo; encapsulate and back; hulls. */
class SubpatcherEditingTest {
    private static final String PATCH = """
            {"boxes": {
              "box-1": {"text": "in 1", "rect": [10, 10, 45, 22]},
              "box-2": {"text": "p reverb", "rect": [10, 60, 60, 22], "data": {"boxes": {
                 "box-1": {"text": "in 1", "rect": [10, 10, 45, 22]},
                 "box-2": {"text": "mem", "rect": [10, 60, 45, 22]},
                 "box-3": {"text": "out 1", "rect": [10, 110, 45, 22]}},
                 "lines": {"line-1": {"src": ["box-1", 0], "dest": ["box-2", 0]},
                           "line-2": {"src": ["box-2", 0], "dest": ["box-3", 0]}}}},
              "box-3": {"text": "out 1", "rect": [10, 110, 45, 22]},
              "box-4": {"text": "p ./lp.dsppat", "rect": [200, 60, 100, 22]},
              "box-5": {"text": "* 0.5", "rect": [200, 110, 45, 22]}},
             "lines": {"line-1": {"src": ["box-1", 0], "dest": ["box-2", 0]},
                       "line-2": {"src": ["box-2", 0], "dest": ["box-3", 0]}}}
            """;

    private static EditorFixture fixture() {
        return new EditorFixture(PatchReader.read(PATCH).patch());
    }

    private static Point centre(EditorFixture f, String id) {
        var r = f.box(id).rect();
        return f.screen(new Point(r.x() + r.width() / 2, r.y() + r.height() / 2));
    }

    @Test
    void aDoubleClickOpensOnlySubPatcherBoxesAndAFileBoxNamesItsFile() {
        EditorFixture f = fixture();
        Point p = centre(f, "box-2");
        assertEquals("box-2", f.editor.openableAt(p.x(), p.y()));
        Point file = centre(f, "box-4");
        assertEquals("box-4", f.editor.openableAt(file.x(), file.y()));
        assertEquals("./lp.dsppat", f.editor.fileOf("box-4"));
        assertNull(f.editor.fileOf("box-2"));
        Point times = centre(f, "box-5");
        assertNull(f.editor.openableAt(times.x(), times.y()), "a * box is edited, not opened");
    }

    @Test
    void editsInsideAreUndoneFromTheTopLikeAnyOther() {
        EditorFixture f = fixture();
        f.editor.select(Selection.ofBox("box-2"));
        assertTrue(f.editor.perform(Action.ENTER_LEVEL));
        assertEquals(List.of("box-2"), f.editor.levelPath());
        String added = f.type(300, 300, "* 2");
        assertEquals("* 2", f.model.patch().box("box-2").subpatch().box(added).text());
        assertTrue(f.editor.perform(Action.LEAVE_LEVEL));
        assertEquals(List.of(), f.editor.levelPath());
        assertEquals(Set.of("box-2"), f.editor.state().selection().boxes());
        f.editor.perform(Action.UNDO);
        assertNull(f.model.patch().box("box-2").subpatch().box(added), "the box typed inside is gone");
        assertEquals(3, f.model.patch().box("box-2").subpatch().boxes().size());
        assertFalse(f.editor.perform(Action.LEAVE_LEVEL), "already at the top");
    }

    @Test
    void encapsulateAndDeencapsulateAreOneStepEachAndSelectWhatTheyMade() {
        EditorFixture f = new EditorFixture(PatchReader.read("""
                {"boxes": {
                  "box-1": {"text": "in 1", "rect": [10, 10, 45, 22]},
                  "box-2": {"text": "mem", "rect": [10, 60, 45, 22]},
                  "box-3": {"text": "* 0.5", "rect": [10, 110, 45, 22]},
                  "box-4": {"text": "out 1", "rect": [10, 160, 45, 22]}},
                 "lines": {"line-1": {"src": ["box-1", 0], "dest": ["box-2", 0]},
                           "line-2": {"src": ["box-2", 0], "dest": ["box-3", 0]},
                           "line-3": {"src": ["box-3", 0], "dest": ["box-4", 0]}}}
                """).patch());
        Patch before = f.model.patch();
        f.editor.select(Selection.ofBoxes(List.of("box-2", "box-3")));
        assertTrue(f.editor.perform(Action.ENCAPSULATE));
        assertEquals(Set.of("box-5"), f.editor.state().selection().boxes());
        assertEquals("p", f.model.patch().box("box-5").text());
        assertTrue(f.editor.perform(Action.DEENCAPSULATE));
        assertEquals(Set.of("box-2", "box-3"), f.editor.state().selection().boxes());
        assertEquals(before.boxes(), f.model.patch().boxes());
        f.editor.perform(Action.UNDO);
        assertNotNull(f.model.patch().box("box-5"));
        f.editor.perform(Action.UNDO);
        assertEquals(before, f.model.patch());
    }

    @Test
    void aRefusalIsKeptForThePageAndChangesNothing() {
        EditorFixture f = fixture();
        Patch before = f.model.patch();
        f.editor.select(Selection.ofBoxes(List.of("box-1", "box-2")));
        f.editor.perform(Action.ENCAPSULATE);
        assertEquals(Code.ENCAPSULATE_PORTS, f.editor.refusal().code());
        assertEquals(before, f.model.patch());
        f.editor.select(Selection.ofBox("box-4"));
        f.editor.perform(Action.DEENCAPSULATE);
        assertEquals(Code.DEENCAPSULATE_NOT_EMBEDDED, f.editor.refusal().code());
        f.editor.select(Selection.NONE);
        f.editor.perform(Action.ENCAPSULATE);
        assertNull(f.editor.refusal(), "an empty selection is nothing to refuse");
        f.editor.setLocked(true);
        f.editor.select(Selection.ofBoxes(List.of("box-5")));
        assertFalse(f.editor.perform(Action.ENCAPSULATE), "a locked patch is played, not edited");
        assertEquals(before, f.model.patch());
    }

    @Test
    void theSceneOutlinesEachBodyOfTheOpenLevelWithTheIterationsText() {
        EditorFixture f = fixture();
        f.editor.setIterationBodies(level -> level.isEmpty() ? Map.of("box-2", List.of("box-3", "box-5", "box-1")) : Map.of());
        Scene scene = f.editor.scene();
        assertEquals(1, scene.hulls().size());
        assertEquals("p reverb", scene.hulls().get(0).label());
        assertEquals(5, scene.hulls().get(0).outline().size(), scene.hulls().get(0).outline().toString());
        f.editor.enter("box-2");
        assertTrue(f.editor.scene().hulls().isEmpty());
    }

    @Test
    void theKeys() {
        assertEquals(Action.ENCAPSULATE, KeyMap.action("E", true, true, false));
        assertEquals(Action.TOGGLE_LOCK, KeyMap.action("e", true, false, false));
        assertEquals(Action.DEENCAPSULATE, KeyMap.action("D", true, true, false));
        assertEquals(Action.DUPLICATE, KeyMap.action("d", true, false, false));
        assertEquals(Action.LEAVE_LEVEL, KeyMap.action("ArrowUp", true, false, false));
        assertEquals(Action.ENTER_LEVEL, KeyMap.action("ArrowDown", true, false, false));
        assertEquals(Action.EDIT_BOX_TEXT, KeyMap.action("Enter", false, true, false));
        assertEquals(Action.EDIT_BOX, KeyMap.action("Enter", false, false, false));
        assertFalse(Action.LEAVE_LEVEL.edits(), "a locked patch may still be walked through");
        assertTrue(Action.ENCAPSULATE.edits());
    }
}
