package dev.faustwire.core.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.diag.Code;
import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.core.model.Rect;
import dev.faustwire.core.present.Presentation;
import dev.faustwire.core.view.Point;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Max's presentation mode in the editor: Ctrl+Alt+P adds the selected UI boxes to the presentation
 * (one undo step), Ctrl+Alt+E shows only them at their own places, where a drag moves the
 * presentation place and never the patching one, and nothing else is edited.
 */
class PresentationModeTest {
    /** A slider at (100, 50), an oscillator, a button at (450, 50), an output. */
    private static EditorFixture patch() {
        EditorFixture f = new EditorFixture();
        f.type(100, 50, "hslider freq 440 20 2000 1");
        f.type(100, 150, "os.osc");
        f.type(450, 50, "button gate");
        f.type(100, 250, "out 1");
        f.wire("box-2", 0, "box-4", 0);
        f.editor.select(Selection.NONE);
        return f;
    }

    private static Point centre(EditorFixture f, String id) {
        Rect r = f.box(id).rect();
        return new Point(r.x() + r.width() / 2, r.y() + r.height() / 2);
    }

    @Test
    void theKeysAreCtrlAltEAndCtrlAltP() {
        assertEquals(Action.TOGGLE_PRESENTATION, KeyMap.action("e", true, false, true));
        assertEquals(Action.ADD_TO_PRESENTATION, KeyMap.action("p", true, false, true));
        assertEquals(Action.REMOVE_FROM_PRESENTATION, KeyMap.action("P", true, true, true));
        assertNull(KeyMap.action("e", false, false, true), "Alt alone stays free");
        assertEquals(Action.TOGGLE_LOCK, KeyMap.action("e", true, false, false), "Ctrl+E stays the lock");
        assertTrue(Action.ADD_TO_PRESENTATION.edits(), "a locked patch refuses it");
        assertFalse(Action.TOGGLE_PRESENTATION.edits());
    }

    @Test
    void addingFlagsTheUiBoxesAtTheirPlaceInOneUndoStepAndReportsTheOthers() {
        EditorFixture f = patch();
        f.editor.select(Selection.ofBoxes(List.of("box-1", "box-2", "box-3")));
        assertTrue(f.editor.perform(Action.ADD_TO_PRESENTATION));
        List<Diagnostic> refused = f.editor.presentationRefused();
        assertEquals(1, refused.size());
        assertEquals(Code.NOT_PRESENTABLE, refused.get(0).code());
        assertEquals("box-2", refused.get(0).boxId());
        assertTrue(Presentation.isIn(f.model.patch().box("box-1")));
        assertEquals(f.box("box-1").rect(), Presentation.rect(f.model.patch().box("box-1")),
                "it starts where it is in the patch");
        assertTrue(Presentation.isIn(f.model.patch().box("box-3")));
        assertFalse(Presentation.isIn(f.model.patch().box("box-2")));
        String file = f.file();
        assertTrue(file.contains("\"presentation\": true"), file);
        assertTrue(file.contains("\"presentationRect\": [100, 50, "), file);
        f.editor.perform(Action.UNDO);
        assertFalse(Presentation.isIn(f.model.patch().box("box-1")), "one undo step takes both out");
        assertFalse(Presentation.isIn(f.model.patch().box("box-3")));
    }

    @Test
    void thePresentationViewShowsOnlyTheFlaggedUiBoxesWithoutPortsOrLines() {
        EditorFixture f = patch();
        f.editor.select(Selection.ofBoxes(List.of("box-1", "box-3")));
        f.editor.perform(Action.ADD_TO_PRESENTATION);
        f.editor.perform(Action.TOGGLE_PRESENTATION);
        assertTrue(f.editor.presentation());
        Scene scene = f.editor.scene();
        assertEquals(List.of("box-1", "box-3"), scene.boxes().stream().map(Scene.SceneBox::id).toList());
        assertTrue(scene.lines().isEmpty());
        assertEquals(0, scene.boxes().get(0).outlets(), "no ports: no wire starts here");
        assertTrue(f.editor.state().selection().boxes().isEmpty(), "switching drops the selection");
        f.editor.perform(Action.TOGGLE_PRESENTATION);
        assertEquals(4, f.editor.scene().boxes().size(), "back to the patch");
        assertEquals(1, f.editor.scene().lines().size());
    }

    @Test
    void aDragInThePresentationMovesThePresentationPlaceOnlyInOneUndoStep() {
        EditorFixture f = patch();
        f.editor.select(Selection.ofBox("box-1"));
        f.editor.perform(Action.ADD_TO_PRESENTATION);
        Rect patching = f.model.patch().box("box-1").rect();
        f.editor.setPresentation(true);
        f.drag(centre(f, "box-1"), centre(f, "box-1").plus(200, 100));
        assertEquals(patching, f.model.patch().box("box-1").rect(), "the patching place stays");
        Rect shown = Presentation.rect(f.model.patch().box("box-1"));
        assertEquals(300, shown.x(), 1e-9);
        assertEquals(150, shown.y(), 1e-9);
        assertEquals(300, f.box("box-1").rect().x(), 1e-9, "the view draws it there");
        f.editor.perform(Action.NUDGE_RIGHT_FAR);
        assertEquals(310, Presentation.rect(f.model.patch().box("box-1")).x(), 1e-9, "arrows nudge it there too");
        f.editor.perform(Action.UNDO);
        f.editor.perform(Action.UNDO);
        assertEquals(100, Presentation.rect(f.model.patch().box("box-1")).x(), 1e-9, "one undo step per drag");
        f.editor.setPresentation(false);
        assertEquals(100, f.box("box-1").rect().x(), 1e-9);
    }

    @Test
    void aResizeInThePresentationWidensThePresentationRectangle() {
        EditorFixture f = patch();
        f.editor.select(Selection.ofBox("box-1"));
        f.editor.perform(Action.ADD_TO_PRESENTATION);
        double patchingWidth = f.box("box-1").rect().width();
        f.editor.setPresentation(true);
        Rect r = f.box("box-1").rect();
        f.drag(new Point(r.x() + r.width() - 1, r.y() + 10), new Point(r.x() + r.width() + 80, r.y() + 10));
        assertEquals(r.width() + 81, Presentation.rect(f.model.patch().box("box-1")).width(), 1);
        assertEquals(patchingWidth, f.model.patch().box("box-1").rect().width(), 1e-9);
    }

    @Test
    void nothingButMovesIsEditedInThePresentation() {
        EditorFixture f = patch();
        f.editor.select(Selection.ofBox("box-1"));
        f.editor.perform(Action.ADD_TO_PRESENTATION);
        f.editor.setPresentation(true);
        String before = f.file();
        f.editor.select(Selection.ofBox("box-1"));
        for (Action a : List.of(Action.DELETE, Action.DUPLICATE, Action.CUT, Action.PASTE, Action.NEW_BOX,
                Action.EDIT_BOX)) {
            assertFalse(f.editor.allows(a), a.name());
            assertFalse(f.editor.perform(a), a.name());
        }
        Point at = f.screen(centre(f, "box-1"));
        assertNull(f.editor.doubleClick(at.x(), at.y()), "no text field");
        assertNull(f.editor.doubleClick(600, 500), "no new box");
        assertNull(f.editor.cut());
        assertFalse(f.editor.paste(f.editor.copy()));
        assertEquals(before, f.file());
    }

    @Test
    void lockedInThePresentationAPressPlaysTheUiBox() {
        EditorFixture f = patch();
        f.editor.select(Selection.ofBox("box-3"));
        f.editor.perform(Action.ADD_TO_PRESENTATION);
        f.editor.setPresentation(true);
        f.drag(centre(f, "box-3"), new Point(40, 40));
        f.editor.setLocked(true);
        String before = f.file();
        Point at = f.screen(centre(f, "box-3"));
        f.editor.pointerDown(at.x(), at.y(), 0, false, false);
        assertEquals("box-3", ((Gesture.Playing) f.editor.state().gesture()).boxId());
        f.editor.pointerUp(at.x() + 50, at.y());
        assertEquals(before, f.file(), "nothing moved");
        f.editor.select(Selection.ofBox("box-3"));
        assertTrue(f.editor.addToPresentation().isEmpty());
        assertEquals(before, f.file(), "a locked patch adds nothing");
    }

    @Test
    void removingKeepsThePlaceForALaterAdd() {
        EditorFixture f = patch();
        f.editor.select(Selection.ofBox("box-1"));
        f.editor.perform(Action.ADD_TO_PRESENTATION);
        f.editor.setPresentation(true);
        f.drag(centre(f, "box-1"), centre(f, "box-1").plus(0, 200));
        f.editor.select(Selection.ofBox("box-1"));
        f.editor.perform(Action.REMOVE_FROM_PRESENTATION);
        assertTrue(f.editor.scene().boxes().isEmpty());
        f.editor.setPresentation(false);
        f.editor.select(Selection.ofBox("box-1"));
        f.editor.perform(Action.ADD_TO_PRESENTATION);
        assertEquals(250, Presentation.rect(f.model.patch().box("box-1")).y(), 1e-9);
    }

    @Test
    void aPatchOpensInItsPresentationWhenItsPropsSaySoAndOtherwiseInThePatch() {
        EditorFixture f = patch();
        f.editor.select(Selection.ofBox("box-1"));
        f.editor.perform(Action.ADD_TO_PRESENTATION);
        f.editor.setPresentation(true);
        dev.faustwire.core.model.Patch current = f.model.patch();
        f.model.replace(new dev.faustwire.core.model.Patch(current.boxes(), current.lines(),
                current.props().with("openInPresentation", new dev.faustwire.core.json.JsonValue.JsonBool(false)),
                current.extra()));
        f.editor.reset();
        assertFalse(f.editor.presentation(), "another patch opens in the patch view");
        f.model.replace(new dev.faustwire.core.model.Patch(current.boxes(), current.lines(),
                current.props().with("openInPresentation", new dev.faustwire.core.json.JsonValue.JsonBool(true)),
                current.extra()));
        f.editor.reset();
        assertTrue(f.editor.presentation(), "JSPatcher's openInPresentation");
        assertEquals(1, f.editor.scene().boxes().size());
    }

    @Test
    void revealingABoxThePresentationDoesNotShowGoesBackToThePatchView() {
        EditorFixture f = patch();
        f.editor.select(Selection.ofBox("box-1"));
        f.editor.perform(Action.ADD_TO_PRESENTATION);
        f.editor.setPresentation(true);
        assertTrue(f.editor.reveal("box-1"));
        assertTrue(f.editor.presentation(), "the slider is there: the view stays");
        assertEquals(java.util.Set.of("box-1"), f.editor.state().selection().boxes());
        assertTrue(f.editor.reveal("box-2"));
        assertFalse(f.editor.presentation(), "the oscillator is not: back to the patch");
        assertEquals(java.util.Set.of("box-2"), f.editor.scene().boxes().stream().filter(Scene.SceneBox::selected)
                .map(Scene.SceneBox::id).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void problemsOfABoxAreItsHoverTextInTheScene() {
        EditorFixture f = patch();
        f.editor.setProblems(java.util.Map.of("box-2", "error E010: unknown box"));
        assertEquals("error E010: unknown box", f.editor.scene().boxes().get(1).problem());
        assertNull(f.editor.scene().boxes().get(0).problem());
        f.editor.setProblems(java.util.Map.of());
        assertNull(f.editor.scene().boxes().get(1).problem(), "cleared with the problems");
    }
}
