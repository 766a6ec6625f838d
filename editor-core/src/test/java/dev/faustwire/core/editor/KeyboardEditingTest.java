package dev.faustwire.core.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.editor.KeyboardEditing.Outcome;
import dev.faustwire.core.model.Line;
import dev.faustwire.core.model.Port;
import dev.faustwire.core.model.Rect;
import dev.faustwire.core.view.BoxGeometry;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Patching with the keys only: focus, Tab, arrows, Enter, Delete, Space, Escape, n and Shift+N. */
class KeyboardEditingTest {
    private final EditorFixture f = new EditorFixture();

    private Outcome key(Action action) {
        return f.editor.keyboard().handle(action);
    }

    /** A key as the page handles it: keyboard patching first, then the editor's own action. */
    private void press(Action action) {
        Outcome outcome = key(action);
        if (outcome == Outcome.NOT_MINE) {
            if (action == Action.EDIT_BOX) {
                TextField field = f.editor.editSelectedField();
                if (field != null) {
                    lastField = field;
                }
            } else {
                f.editor.perform(action);
            }
        } else if (outcome == Outcome.FIELD) {
            lastField = f.editor.keyboard().field();
        }
    }

    private TextField lastField;

    /** Three boxes in a column and one to the right: in 1, * 0.5, out 1; os.osc. */
    private void column() {
        f.type(100, 50, "in 1");
        f.type(100, 150, "* 0.5");
        f.type(100, 250, "out 1");
        f.type(300, 150, "os.osc");
        press(Action.DESELECT);
    }

    @Test
    void selectingOneBoxFocusesItAndTheSceneMarksIt() {
        column();
        assertEquals("box-4", f.editor.focused(), "the box typed last");
        f.click(new dev.faustwire.core.view.Point(120, 161), false);
        assertEquals("box-2", f.editor.focused());
        List<Scene.SceneBox> boxes = f.editor.scene().boxes();
        for (Scene.SceneBox box : boxes) {
            assertEquals(box.id().equals("box-2"), box.focused(), box.id());
        }
    }

    @Test
    void tabGoesInReadingOrderAndLeavesAfterTheLastBox() {
        column();
        f.editor.focus(null);
        assertEquals(Outcome.DONE, key(Action.FOCUS_NEXT));
        assertEquals("box-1", f.editor.focused());
        key(Action.FOCUS_NEXT);
        assertEquals("box-2", f.editor.focused());
        key(Action.FOCUS_NEXT);
        assertEquals("box-4", f.editor.focused(), "os.osc is on the row of * 0.5, to its right");
        key(Action.FOCUS_NEXT);
        assertEquals("box-3", f.editor.focused());
        assertEquals(Outcome.LEAVE, key(Action.FOCUS_NEXT));
        assertNull(f.editor.focused());
        assertEquals(Outcome.DONE, key(Action.FOCUS_PREVIOUS));
        assertEquals("box-3", f.editor.focused(), "Shift+Tab comes back in at the last box");
        assertTrue(f.editor.keyboard().status().startsWith("box 3 `out 1`, 1 inlet, 0 outlets, 4 of 4"),
                f.editor.keyboard().status());
    }

    @Test
    void arrowsMoveTheFocusWhenNothingIsSelectedAndNudgeTheSelectionOtherwise() {
        column();
        f.editor.focus("box-2");
        assertEquals(Outcome.DONE, key(Action.NUDGE_RIGHT));
        assertEquals("box-4", f.editor.focused());
        key(Action.NUDGE_LEFT);
        key(Action.NUDGE_DOWN);
        assertEquals("box-3", f.editor.focused());
        key(Action.NUDGE_DOWN);
        assertEquals("box-3", f.editor.focused(), "nothing below: the focus stays");
        assertEquals("No box below box 3 `out 1`.", f.editor.keyboard().status());
        Rect before = f.model.patch().box("box-3").rect();
        press(Action.SELECT_FOCUSED);
        assertEquals(Outcome.NOT_MINE, key(Action.NUDGE_DOWN), "a selection is nudged, as in Max");
        f.editor.perform(Action.NUDGE_DOWN);
        assertEquals(before.y() + 1, f.model.patch().box("box-3").rect().y());
        assertEquals("box-3", f.editor.focused());
    }

    @Test
    void tabAwayFromABoxJustTypedDropsItsSelectionButSpaceSelectionsStay() {
        column();
        String typed = f.type(100, 350, "out 2");
        assertEquals(typed, f.editor.focused());
        key(Action.FOCUS_PREVIOUS);
        assertTrue(f.editor.state().selection().isEmpty(), "the ring and the selection agree");
        press(Action.SELECT_FOCUSED);
        key(Action.FOCUS_PREVIOUS);
        press(Action.SELECT_FOCUSED);
        assertEquals(List.of("box-3", "box-4"), List.copyOf(f.editor.state().selection().boxes()));
        press(Action.SELECT_FOCUSED);
        assertEquals(List.of("box-3"), List.copyOf(f.editor.state().selection().boxes()), "Space again unselects");
    }

    @Test
    void enterEditsTheFocusedBoxAndDeleteDeletesItWhenNothingIsSelected() {
        column();
        f.editor.focus("box-2");
        press(Action.EDIT_BOX);
        assertNotNull(lastField);
        assertEquals("box-2", lastField.boxId());
        f.editor.commitText(lastField, "* 0.25");
        assertEquals("* 0.25", f.model.patch().box("box-2").text());
        press(Action.DESELECT);
        assertEquals("box-2", f.editor.focused());
        press(Action.DELETE);
        assertNull(f.model.patch().box("box-2"));
        assertEquals("box-4", f.editor.focused(), "the next box in reading order");
        assertTrue(f.editor.keyboard().status().startsWith("Deleted box 2 `* 0.25`."), f.editor.keyboard().status());
        f.editor.perform(Action.UNDO);
        assertEquals("* 0.25", f.model.patch().box("box-2").text(), "one undo step");
    }

    @Test
    void escapeLeavesTheSelectionThenTheFocus() {
        column();
        f.editor.focus("box-1");
        press(Action.SELECT_FOCUSED);
        press(Action.DESELECT);
        assertTrue(f.editor.state().selection().isEmpty());
        assertEquals("box-1", f.editor.focused(), "the first Escape only deselects");
        assertEquals(Outcome.DONE, key(Action.DESELECT));
        assertNull(f.editor.focused());
        assertEquals(Outcome.NOT_MINE, key(Action.DESELECT), "then Escape is the page's again");
    }

    @Test
    void nOpensANewBoxBelowTheFocusedOneWhereNothingIsInTheWay() {
        column();
        f.editor.pointerLeft();
        f.editor.focus("box-1");
        assertEquals(Outcome.FIELD, key(Action.NEW_BOX));
        TextField field = f.editor.keyboard().field();
        BoxGeometry above = f.box("box-1");
        assertEquals(above.rect().x(), field.at().x());
        assertTrue(field.at().y() >= above.rect().y() + above.rect().height() + KeyboardEditing.GAP - 1e-9);
        Rect placed = new Rect(field.at().x(), field.at().y(), BoxGeometry.MIN_WIDTH, BoxGeometry.BOX_HEIGHT);
        for (BoxGeometry other : f.editor.layout().boxes()) {
            assertFalse(overlap(placed, other.rect()), "lands on " + other.id());
        }
        f.editor.commitText(field, "mem");
        assertEquals(5, f.model.patch().boxes().size());
        assertEquals(0, f.model.patch().lines().size(), "plain n connects nothing");
    }

    @Test
    void aBoxInTheWayPushesTheNewBoxFurtherDown() {
        f.type(100, 50, "in 1");
        f.type(100, 50 + 22 + KeyboardEditing.GAP, "mem");
        f.editor.pointerLeft();
        f.editor.focus("box-1");
        key(Action.NEW_BOX);
        TextField field = f.editor.keyboard().field();
        assertTrue(field.at().y() > 50 + 22 + KeyboardEditing.GAP + 22, "below the mem box, y = " + field.at().y());
    }

    @Test
    void withThePointerOverTheCanvasNOpensAtThePointerAsInMax() {
        column();
        f.editor.focus("box-1");
        f.editor.pointerMove(500, 400);
        assertEquals(Outcome.FIELD, key(Action.NEW_BOX));
        assertEquals(500, f.editor.keyboard().field().at().x());
    }

    @Test
    void shiftNConnectsTheNewBoxInOneUndoStep() {
        f.type(100, 50, "in 1");
        f.editor.pointerLeft();
        String before = f.file();
        assertEquals(Outcome.FIELD, key(Action.NEW_BOX_CONNECTED));
        f.editor.commitText(f.editor.keyboard().field(), "* 0.5");
        assertEquals(List.of(new Line("line-1", new Port("box-1", 0), new Port("box-2", 0))),
                List.copyOf(f.model.patch().lines().values()));
        assertEquals("box-2", f.editor.focused());
        f.editor.perform(Action.UNDO);
        assertEquals(before, f.file(), "the box and its line go in one undo");
    }

    @Test
    void shiftNIntoABoxWithoutInletAddsNoLine() {
        f.type(100, 50, "in 1");
        f.editor.pointerLeft();
        key(Action.NEW_BOX_CONNECTED);
        f.editor.commitText(f.editor.keyboard().field(), "in 2");
        assertEquals(2, f.model.patch().boxes().size());
        assertTrue(f.model.patch().lines().isEmpty());
    }

    @Test
    void aLockedPatchRefusesConnectAndNewBoxesButTheFocusStillMoves() {
        column();
        f.editor.setLocked(true);
        f.editor.focus("box-1");
        assertEquals(Outcome.NOT_MINE, key(Action.CONNECT));
        assertEquals(Outcome.NOT_MINE, key(Action.NEW_BOX_CONNECTED));
        assertNull(f.editor.keyboard().connectMode());
        key(Action.FOCUS_NEXT);
        assertEquals("box-2", f.editor.focused());
    }

    @Test
    void focusBelongsToItsLevelAndGoesWithItsBox() {
        column();
        f.editor.focus("box-3");
        f.editor.perform(Action.SELECT_ALL);
        f.editor.perform(Action.DELETE);
        assertNull(f.editor.focused(), "the focused box was deleted");
        f.editor.perform(Action.UNDO);
        f.editor.focus("box-3");
        assertEquals("box-3", f.editor.focused());
    }

    @Test
    void aClickOnEmptyCanvasLeavesTheFocusSoDeleteDeletesNothingAsInMax() {
        column();
        pressAndRelease(120, 161);
        assertEquals("box-2", f.editor.focused(), "a click on a box focuses it");
        pressAndRelease(600, 500);
        assertNull(f.editor.focused());
        press(Action.DELETE);
        assertEquals(4, f.model.patch().boxes().size());
    }

    @Test
    void anotherPatchOpenedStartsWithoutFocus() {
        column();
        assertEquals("box-4", f.editor.focused());
        f.editor.reset();
        assertNull(f.editor.focused(), "box-4 of the next patch is another box");
    }

    /** A click as the page forwards it: the keys hear of the press after the editor. */
    private void pressAndRelease(double x, double y) {
        f.editor.pointerDown(x, y, 0, false, false);
        f.editor.keyboard().pointerUsed();
        f.editor.pointerUp(x, y);
    }

    private static boolean overlap(Rect a, Rect b) {
        return a.x() < b.x() + b.width() && b.x() < a.x() + a.width() && a.y() < b.y() + b.height()
                && b.y() < a.y() + a.height();
    }
}
