package dev.faustwire.core.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.io.PatchWriter;
import dev.faustwire.core.model.Line;
import dev.faustwire.core.model.Patch;
import dev.faustwire.core.model.Port;
import dev.faustwire.core.model.Rect;
import dev.faustwire.core.view.Point;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The editor driven as the page drives it: type boxes, wire, select, move, delete, undo every step. */
class PatchEditorTest {

    @Test
    void buildingAPatchByHandThenUndoingEveryStepGivesTheEmptyPatchAndRedoTheSameFile() {
        EditorFixture f = new EditorFixture();
        List<String> files = new ArrayList<>();
        files.add(f.file());
        String in = f.type(100, 50, "in 1");
        files.add(f.file());
        String mul = f.type(100, 120, "* 0.5");
        files.add(f.file());
        String out = f.type(100, 190, "out 1");
        files.add(f.file());
        f.wire(in, 0, mul, 0);
        files.add(f.file());
        f.wire(mul, 0, out, 0);
        files.add(f.file());

        Patch built = f.model.patch();
        assertEquals(List.of("box-1", "box-2", "box-3"), List.copyOf(built.boxes().keySet()));
        assertEquals(new Rect(100, 50, 45, 22), built.box(in).rect());
        assertEquals(List.of(new Line("line-1", new Port(in, 0), new Port(mul, 0)),
                new Line("line-2", new Port(mul, 0), new Port(out, 0))), List.copyOf(built.lines().values()));

        for (int i = files.size() - 1; i > 0; i--) {
            assertEquals(files.get(i), f.file());
            assertTrue(f.editor.perform(Action.UNDO));
        }
        assertEquals(PatchWriter.write(Patch.EMPTY), f.file());
        for (int i = 1; i < files.size(); i++) {
            f.editor.perform(Action.REDO);
            assertEquals(files.get(i), f.file(), "redo step " + i);
        }
    }

    @Test
    void aWireCanBeDrawnFromTheInletBackToTheOutletAndIsNeverDoubled() {
        EditorFixture f = new EditorFixture();
        String a = f.type(100, 50, "in 1");
        String b = f.type(100, 150, "out 1");
        f.drag(f.box(b).inlet(0).plus(0, 1), f.box(a).outlet(0).plus(0, -1));
        f.wire(a, 0, b, 0);
        assertEquals(1, f.model.patch().lines().size());
        assertEquals(new Port(a, 0), f.model.patch().line("line-1").src());
    }

    @Test
    void severalLinesIntoOneInletAreAllowed() {
        EditorFixture f = new EditorFixture();
        String a = f.type(50, 50, "in 1");
        String b = f.type(150, 50, "in 2");
        String out = f.type(100, 150, "out 1");
        f.wire(a, 0, out, 0);
        f.wire(b, 0, out, 0);
        assertEquals(2, f.model.patch().lines().size());
    }

    @Test
    void aWireReleasedOnNothingMakesNoLineAndNoUndoStep() {
        EditorFixture f = new EditorFixture();
        String a = f.type(100, 50, "in 1");
        f.drag(f.box(a).outlet(0).plus(0, -1), new Point(400, 400));
        assertTrue(f.model.patch().lines().isEmpty());
        assertEquals("add box", f.model.undoLabel());
    }

    @Test
    void theWireInProgressIsInTheSceneWithTheTargetItWouldConnectTo() {
        EditorFixture f = new EditorFixture();
        String a = f.type(100, 50, "in 1");
        String b = f.type(100, 150, "out 1");
        Point from = f.screen(f.box(a).outlet(0).plus(0, -1));
        f.editor.pointerDown(from.x(), from.y(), 0, false, false);
        Point near = f.screen(f.box(b).inlet(0).plus(6, -8));
        f.editor.pointerMove(near.x(), near.y());
        Scene scene = f.editor.scene();
        assertNotNull(scene.pendingWire());
        assertEquals(b, scene.wireTarget().boxId());
        assertEquals(f.box(b).inlet(0), scene.pendingWire().to(), "the wire snaps to the target's inlet");
    }

    @Test
    void draggingASelectedBoxMovesTheWholeSelectionInOneStep() {
        EditorFixture f = new EditorFixture();
        String a = f.type(100, 50, "in 1");
        String b = f.type(300, 50, "in 2");
        f.click(center(f, a), false);
        f.click(center(f, b), true);
        assertEquals(Set.of(a, b), f.editor.state().selection().boxes());

        f.drag(center(f, a), center(f, a).plus(30, 40));

        assertEquals(new Rect(130, 90, 45, 22), f.model.patch().box(a).rect());
        assertEquals(new Rect(330, 90, 45, 22), f.model.patch().box(b).rect());
        assertEquals("move", f.model.undoLabel());
        f.editor.perform(Action.UNDO);
        assertEquals(new Rect(100, 50, 45, 22), f.model.patch().box(a).rect());
        assertEquals(new Rect(300, 50, 45, 22), f.model.patch().box(b).rect());
    }

    @Test
    void duringADragTheSceneShowsTheBoxesMovedButThePatchIsUnchanged() {
        EditorFixture f = new EditorFixture();
        String a = f.type(100, 50, "in 1");
        Patch before = f.model.patch();
        Point start = f.screen(center(f, a));
        f.editor.pointerDown(start.x(), start.y(), 0, false, false);
        f.editor.pointerMove(start.x() + 50, start.y() + 10);
        assertEquals(150, f.editor.scene().boxes().get(0).rect().x());
        assertTrue(before == f.model.patch(), "a drag in progress edits nothing");
        f.editor.cancelGesture();
        assertEquals(100, f.editor.scene().boxes().get(0).rect().x());
    }

    @Test
    void escapeDuringADragCancelsItAndKeepsTheSelection() {
        EditorFixture f = new EditorFixture();
        String a = f.type(100, 50, "in 1");
        Point start = f.screen(center(f, a));
        f.editor.pointerDown(start.x(), start.y(), 0, false, false);
        f.editor.pointerMove(start.x() + 80, start.y() + 80);
        f.editor.perform(Action.DESELECT);
        f.editor.pointerUp(start.x() + 80, start.y() + 80);
        assertEquals(new Rect(100, 50, 45, 22), f.model.patch().box(a).rect());
        assertEquals(Set.of(a), f.editor.state().selection().boxes());
        f.editor.perform(Action.DESELECT);
        assertTrue(f.editor.state().selection().isEmpty());
    }

    @Test
    void aSmallJitterIsAClickNotAMove() {
        EditorFixture f = new EditorFixture();
        String a = f.type(100, 50, "in 1");
        f.drag(center(f, a), center(f, a).plus(1, 1));
        assertEquals(new Rect(100, 50, 45, 22), f.model.patch().box(a).rect());
        assertEquals("add box", f.model.undoLabel());
    }

    @Test
    void clickingOneBoxOfASelectionSelectsItAloneAndShiftClickTogglesIt() {
        EditorFixture f = new EditorFixture();
        String a = f.type(100, 50, "in 1");
        String b = f.type(300, 50, "in 2");
        f.editor.perform(Action.SELECT_ALL);
        assertEquals(Set.of(a, b), f.editor.state().selection().boxes());
        f.click(center(f, b), true);
        assertEquals(Set.of(a), f.editor.state().selection().boxes());
        f.editor.perform(Action.SELECT_ALL);
        f.click(center(f, a), false);
        assertEquals(Set.of(a), f.editor.state().selection().boxes());
        f.click(new Point(600, 500), false);
        assertTrue(f.editor.state().selection().isEmpty(), "a click on empty canvas selects nothing");
    }

    @Test
    void aSelectionRectangleSelectsTheBoxesItTouchesAndShiftAddsToTheSelection() {
        EditorFixture f = new EditorFixture();
        String a = f.type(100, 50, "in 1");
        String b = f.type(300, 50, "in 2");
        String c = f.type(100, 300, "in 3");
        f.drag(new Point(80, 30), new Point(120, 60));
        assertEquals(Set.of(a), f.editor.state().selection().boxes());
        f.drag(new Point(290, 40), new Point(310, 80), true);
        assertEquals(Set.of(a, b), f.editor.state().selection().boxes());
        f.drag(new Point(50, 250), new Point(500, 350));
        assertEquals(Set.of(c), f.editor.state().selection().boxes());
        Point start = f.screen(new Point(50, 250));
        f.editor.pointerDown(start.x(), start.y(), 0, false, false);
        f.editor.pointerMove(start.x() + 10, start.y() + 10);
        assertNotNull(f.editor.scene().marquee());
    }

    @Test
    void deleteRemovesTheSelectedBoxesWithTheirLinesAndSelectedLinesInOneStep() {
        EditorFixture f = new EditorFixture();
        String a = f.type(100, 50, "in 1");
        String b = f.type(100, 150, "mem");
        String c = f.type(100, 250, "out 1");
        f.wire(a, 0, b, 0);
        f.wire(b, 0, c, 0);
        String before = f.file();
        f.click(f.editor.layout().box(a).outlet(0).plus(0, 30), false);
        assertEquals(Set.of("line-1"), f.editor.state().selection().lines(), "a click on a line selects it");
        f.editor.perform(Action.DELETE);
        assertEquals(List.of("line-2"), List.copyOf(f.model.patch().lines().keySet()));
        f.editor.perform(Action.UNDO);
        f.editor.select(Selection.ofBoxes(List.of(b, c)));
        f.editor.perform(Action.DELETE);
        assertEquals(List.of(a), List.copyOf(f.model.patch().boxes().keySet()));
        assertTrue(f.model.patch().lines().isEmpty());
        f.editor.perform(Action.UNDO);
        assertEquals(before, f.file(), "one undo brings back both boxes and both lines");
        assertTrue(f.editor.state().selection().boxes().containsAll(List.of(b, c)));
    }

    @Test
    void arrowsNudgeBy1AndShiftArrowsBy10() {
        EditorFixture f = new EditorFixture();
        String a = f.type(100, 50, "in 1");
        f.editor.perform(Action.NUDGE_RIGHT);
        f.editor.perform(Action.NUDGE_DOWN_FAR);
        assertEquals(new Rect(101, 60, 45, 22), f.model.patch().box(a).rect());
        f.editor.perform(Action.DESELECT);
        assertFalse(f.editor.perform(Action.SAVE), "saving is the page's");
        f.editor.perform(Action.NUDGE_LEFT);
        assertEquals(new Rect(101, 60, 45, 22), f.model.patch().box(a).rect(), "nothing selected, nothing moves");
    }

    @Test
    void withSnapOnAMoveLandsOnTheGrid() {
        EditorFixture f = new EditorFixture();
        String a = f.type(101, 52, "in 1");
        f.editor.perform(Action.TOGGLE_SNAP);
        f.drag(center(f, a), center(f, a).plus(20, 3));
        assertEquals(new Rect(120, 60, 45, 22), f.model.patch().box(a).rect());
        assertEquals(PatchEditor.GRID, f.editor.scene().gridSize());
    }

    @Test
    void theRightEdgeResizesTheWidthInOneStep() {
        EditorFixture f = new EditorFixture();
        String a = f.type(100, 50, "in 1");
        f.drag(new Point(144, 60), new Point(200, 70));
        assertEquals(new Rect(100, 50, 101, 22), f.model.patch().box(a).rect());
        assertEquals("resize box", f.model.undoLabel());
        f.drag(new Point(200, 60), new Point(0, 60));
        assertEquals(45, f.model.patch().box(a).rect().width(), "never narrower than the narrowest box");
    }

    @Test
    void typingOverABoxChangesItsTextAndLinesToPortsThatAreGoneGoInTheSameStep() {
        EditorFixture f = new EditorFixture();
        String a = f.type(50, 50, "in 1");
        String b = f.type(150, 50, "in 2");
        String add = f.type(100, 150, "+");
        f.wire(a, 0, add, 0);
        f.wire(b, 0, add, 1);
        String before = f.file();
        TextField field = f.editor.doubleClick(f.screen(center(f, add)).x(), f.screen(center(f, add)).y());
        assertEquals(add, field.boxId());
        assertEquals("+", field.text());
        f.editor.commitText(field, "+ 1");
        assertEquals("+ 1", f.model.patch().box(add).text());
        assertEquals(List.of("line-1"), List.copyOf(f.model.patch().lines().keySet()), "the right inlet is gone");
        f.editor.perform(Action.UNDO);
        assertEquals(before, f.file());

        f.editor.commitText(f.editor.editSelectedField(), "nosuchbox");
        assertEquals(2, f.model.patch().lines().size(), "an unknown name keeps its lines until it means something");
    }

    @Test
    void emptyTextMakesNoBoxAndLeavesABoxAsItWas() {
        EditorFixture f = new EditorFixture();
        TextField field = f.editor.doubleClick(100, 100);
        f.editor.commitText(field, "   ");
        assertTrue(f.model.patch().boxes().isEmpty());
        assertFalse(f.model.canUndo());
        String a = f.type(100, 50, "in 1");
        f.editor.commitText(f.editor.editSelectedField(), "");
        assertEquals("in 1", f.model.patch().box(a).text());
    }

    @Test
    void nOpensANewBoxAtThePointerAndEnterEditsTheSelectedBox() {
        EditorFixture f = new EditorFixture();
        f.editor.pointerMove(222, 111);
        TextField field = f.editor.newBoxField();
        assertNull(field.boxId());
        assertEquals(new Point(222, 111), field.at());
        f.editor.commitText(field, "mem");
        TextField edit = f.editor.editSelectedField();
        assertEquals("mem", edit.text());
        f.editor.pointerLeft();
        assertEquals(new Point(30, 30), f.editor.newBoxField().at(), "away from the canvas: its visible corner");
    }

    @Test
    void aCommentIsANoteInItsDataAndEditsAsSeveralLines() {
        EditorFixture f = new EditorFixture();
        String c = f.type(100, 50, "comment mixes two inputs");
        assertEquals("comment", f.model.patch().box(c).text());
        TextField field = f.editor.editSelectedField();
        assertTrue(field.multiline());
        assertEquals("mixes two inputs", field.text());
        f.editor.commitText(field, "mixes two\ninputs");
        Scene.SceneBox shown = f.editor.scene().boxes().get(0);
        assertEquals(List.of("mixes two", "inputs"), shown.label());
        assertTrue(shown.comment());
    }

    @Test
    void wheelPansCtrlWheelZoomsAroundThePointerAndFitShowsEverything() {
        EditorFixture f = new EditorFixture();
        f.type(100, 50, "in 1");
        f.type(2000, 1500, "out 1");
        f.editor.wheel(0, 0, 10, 20, false);
        assertEquals(-10, f.editor.state().view().offsetX());
        assertEquals(-20, f.editor.state().view().offsetY());
        Point under = f.editor.state().view().toCanvas(new Point(300, 200));
        f.editor.wheel(300, 200, 0, -100, true);
        assertTrue(f.editor.state().view().scale() > 1);
        assertEquals(under.x(), f.editor.state().view().toCanvas(new Point(300, 200)).x(), 1e-9);
        f.editor.perform(Action.FIT);
        Point topLeft = f.editor.state().view().toScreen(new Point(100, 50));
        Point bottomRight = f.editor.state().view().toScreen(new Point(2045, 1522));
        assertTrue(topLeft.x() >= 0 && topLeft.y() >= 0 && bottomRight.x() <= 800 && bottomRight.y() <= 600);
        f.editor.perform(Action.ZOOM_RESET);
        assertEquals(1, f.editor.state().view().scale(), 1e-12);
    }

    @Test
    void theMiddleButtonPansAndEditsNothing() {
        EditorFixture f = new EditorFixture();
        String a = f.type(100, 50, "in 1");
        f.editor.pointerDown(110, 60, 1, false, false);
        f.editor.pointerMove(160, 90);
        f.editor.pointerUp(160, 90);
        assertEquals(new Rect(100, 50, 45, 22), f.model.patch().box(a).rect());
        assertEquals(50, f.editor.state().view().offsetX());
        assertEquals(30, f.editor.state().view().offsetY());
    }

    @Test
    void gesturesWorkTheSameWhenZoomed() {
        EditorFixture f = new EditorFixture();
        String a = f.type(100, 50, "in 1");
        String b = f.type(100, 150, "out 1");
        f.editor.wheel(10, 10, 0, -300, true);
        f.wire(a, 0, b, 0);
        assertEquals(1, f.model.patch().lines().size());
        f.drag(center(f, a), center(f, a).plus(10, 0));
        assertEquals(110, f.model.patch().box(a).rect().x(), 1e-9);
    }

    @Test
    void unchangedElementsOfTheSceneAreTheSameObjects() {
        EditorFixture f = new EditorFixture();
        String a = f.type(100, 50, "in 1");
        f.type(100, 150, "out 1");
        f.wire(a, 0, "box-2", 0);
        f.editor.perform(Action.DESELECT);
        Scene first = f.editor.scene();
        f.click(center(f, "box-2"), false);
        Scene second = f.editor.scene();
        assertTrue(first.boxes().get(0) == second.boxes().get(0), "box-1 did not change");
        assertFalse(first.boxes().get(1) == second.boxes().get(1), "box-2 is selected now");
        assertTrue(first.lines().get(0) == second.lines().get(0));
    }

    @Test
    void theCursorSaysWhatAPressWouldDo() {
        EditorFixture f = new EditorFixture();
        String a = f.type(100, 50, "in 1");
        f.type(100, 150, "out 1");
        f.wire(a, 0, "box-2", 0);
        assertEquals("crosshair", f.editor.cursorAt(103, 71, false), "an outlet");
        assertEquals("pointer", f.editor.cursorAt(115, 60, false), "a box");
        assertEquals("ew-resize", f.editor.cursorAt(144, 60, false), "its right edge");
        assertEquals("pointer", f.editor.cursorAt(103.5, 110, false), "a line");
        assertEquals("default", f.editor.cursorAt(400, 400, false));
        assertEquals("grab", f.editor.cursorAt(400, 400, true), "Space held");
        f.editor.pointerDown(103, 71, 0, false, false);
        assertEquals("crosshair", f.editor.cursorAt(300, 300, false), "drawing a wire");
    }

    @Test
    void errorsAreMarkedOnTheirBoxes() {
        EditorFixture f = new EditorFixture();
        f.type(100, 50, "nosuchbox");
        f.editor.setErrors(Set.of("box-1"));
        assertTrue(f.editor.scene().boxes().get(0).error());
    }

    static Point center(EditorFixture f, String id) {
        Rect r = f.box(id).rect();
        return new Point(r.x() + r.width() / 2 - 5, r.y() + r.height() / 2);
    }
}
