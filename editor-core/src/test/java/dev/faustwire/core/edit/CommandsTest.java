package dev.faustwire.core.edit;

import static dev.faustwire.core.edit.EditFixtures.B1;
import static dev.faustwire.core.edit.EditFixtures.B2;
import static dev.faustwire.core.edit.EditFixtures.B3;
import static dev.faustwire.core.edit.EditFixtures.L1;
import static dev.faustwire.core.edit.EditFixtures.L2;
import static dev.faustwire.core.edit.EditFixtures.L3;
import static dev.faustwire.core.edit.EditFixtures.base;
import static dev.faustwire.core.edit.EditFixtures.patch;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.edit.Change.BoxChange;
import dev.faustwire.core.edit.Change.LineChange;
import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Line;
import dev.faustwire.core.model.Patch;
import dev.faustwire.core.model.Rect;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tests of the box commands (AddBox, RemoveBox, MoveBox, ResizeBox, SetText) and of Edit.inverse. */
class CommandsTest {

    /** Applies the edit, checks its inverse restores {@code before} exactly, returns the patch after. */
    static Patch applyAndCheckInverse(Patch before, Edit edit) {
        Patch after = edit.applyTo(before);
        assertEquals(before, edit.inverse().applyTo(after), "inverse does not restore the patch");
        return after;
    }

    @Test
    void addBoxHasOneBoxChangeFromAbsent() {
        Box box = new Box("box-4", "mem", new Rect(1, 2, 3, 4));
        Edit edit = new Command.AddBox(box).edit(base());
        assertEquals(List.of(new BoxChange("box-4", null, box)), edit.changes());
        Patch after = applyAndCheckInverse(base(), edit);
        assertEquals(patch(new Box[] {B1, B2, B3, box}, new Line[] {L1, L2, L3}), after);
    }

    @Test
    void addBoxWithExistingIdThrows() {
        Box clash = new Box("box-2", "mem", null);
        assertThrows(IllegalArgumentException.class, () -> new Command.AddBox(clash).edit(base()));
    }

    @Test
    void removeBoxRemovesTouchingLinesFirstThenTheBox() {
        Edit edit = new Command.RemoveBox("box-2").edit(base());
        assertEquals(List.of(
                new LineChange("line-1", L1, null),
                new LineChange("line-2", L2, null),
                new LineChange("line-3", L3, null),
                new BoxChange("box-2", B2, null)), edit.changes());
        Patch after = applyAndCheckInverse(base(), edit);
        assertEquals(patch(new Box[] {B1, B3}, new Line[] {}), after);
    }

    @Test
    void removeBoxKeepsLinesThatDoNotTouchIt() {
        Edit edit = new Command.RemoveBox("box-3").edit(base());
        assertEquals(List.of(new LineChange("line-2", L2, null), new BoxChange("box-3", B3, null)), edit.changes());
        Patch after = applyAndCheckInverse(base(), edit);
        assertEquals(patch(new Box[] {B1, B2}, new Line[] {L1, L3}), after);
    }

    @Test
    void removeBoxWithoutLinesHasOnlyTheBoxChange() {
        Patch start = patch(new Box[] {B1, B3}, new Line[] {});
        Edit edit = new Command.RemoveBox("box-1").edit(start);
        assertEquals(List.of(new BoxChange("box-1", B1, null)), edit.changes());
        assertEquals(patch(new Box[] {B3}, new Line[] {}), applyAndCheckInverse(start, edit));
    }

    @Test
    void inverseOfRemoveBoxAddsTheBoxBackBeforeItsLines() {
        Edit inverse = new Command.RemoveBox("box-3").edit(base()).inverse();
        assertEquals(List.of(new BoxChange("box-3", null, B3), new LineChange("line-2", null, L2)), inverse.changes());
        assertEquals("remove box", inverse.label());
    }

    @Test
    void moveBoxKeepsSizeAndOtherFields() {
        Edit edit = new Command.MoveBox("box-2", 100, 200.5).edit(base());
        Box moved = new Box("box-2", "+", new Rect(100, 200.5, 40, 20), null, null, "adder", B2.extra());
        assertEquals(List.of(new BoxChange("box-2", B2, moved)), edit.changes());
        assertEquals(base().withBox("box-2", moved), applyAndCheckInverse(base(), edit));
    }

    @Test
    void moveBoxWithoutRectGivesZeroSizedRect() {
        Edit edit = new Command.MoveBox("box-3", 5, 6).edit(base());
        Box moved = new Box("box-3", "out 1", new Rect(5, 6, 0, 0));
        assertEquals(List.of(new BoxChange("box-3", B3, moved)), edit.changes());
        applyAndCheckInverse(base(), edit);
    }

    @Test
    void moveBoxToItsOwnPlaceIsEmpty() {
        assertTrue(new Command.MoveBox("box-1", 10, 20).edit(base()).isEmpty());
    }

    @Test
    void resizeBoxKeepsPosition() {
        Edit edit = new Command.ResizeBox("box-1", 80, 30).edit(base());
        Box resized = new Box("box-1", "in 1", new Rect(10, 20, 80, 30));
        assertEquals(List.of(new BoxChange("box-1", B1, resized)), edit.changes());
        assertEquals(base().withBox("box-1", resized), applyAndCheckInverse(base(), edit));
    }

    @Test
    void resizeBoxWithoutRectPlacesItAtOrigin() {
        Edit edit = new Command.ResizeBox("box-3", 70, 25).edit(base());
        Box resized = new Box("box-3", "out 1", new Rect(0, 0, 70, 25));
        assertEquals(List.of(new BoxChange("box-3", B3, resized)), edit.changes());
        applyAndCheckInverse(base(), edit);
    }

    @Test
    void resizeBoxToItsOwnSizeIsEmpty() {
        assertTrue(new Command.ResizeBox("box-2", 40, 20).edit(base()).isEmpty());
    }

    @Test
    void setTextChangesOnlyTheText() {
        Edit edit = new Command.SetText("box-2", "* 0.5").edit(base());
        Box changed = new Box("box-2", "* 0.5", B2.rect(), null, null, "adder", B2.extra());
        assertEquals(List.of(new BoxChange("box-2", B2, changed)), edit.changes());
        assertEquals("edit text", edit.label());
        assertEquals(base().withBox("box-2", changed), applyAndCheckInverse(base(), edit));
    }

    @Test
    void setTextToTheSameTextIsEmpty() {
        Edit edit = new Command.SetText("box-1", "in 1").edit(base());
        assertTrue(edit.isEmpty());
        assertEquals(base(), edit.applyTo(base()));
    }

    @Test
    void boxCommandsOnMissingBoxThrow() {
        Patch p = base();
        assertThrows(IllegalArgumentException.class, () -> new Command.RemoveBox("box-9").edit(p));
        assertThrows(IllegalArgumentException.class, () -> new Command.MoveBox("box-9", 1, 1).edit(p));
        assertThrows(IllegalArgumentException.class, () -> new Command.ResizeBox("box-9", 1, 1).edit(p));
        assertThrows(IllegalArgumentException.class, () -> new Command.SetText("box-9", "x").edit(p));
        assertThrows(IllegalArgumentException.class, () -> new Command.RemoveBox("line-1").edit(p));
    }

    @Test
    void editingDoesNotChangeTheOriginalPatch() {
        Patch p = base();
        new Command.RemoveBox("box-2").edit(p).applyTo(p);
        assertEquals(base(), p);
    }

    @Test
    void inverseOfInverseIsTheEdit() {
        Edit edit = new Command.RemoveBox("box-2").edit(base());
        assertEquals(edit, edit.inverse().inverse());
    }

    @Test
    void changeInverseSwapsBeforeAndAfter() {
        assertEquals(new BoxChange("box-1", B2, B1), new BoxChange("box-1", B1, B2).inverse());
        assertEquals(new LineChange("line-1", null, L1), new LineChange("line-1", L1, null).inverse());
    }

    @Test
    void editChangesAreACopy() {
        List<Change> changes = new java.util.ArrayList<>(List.of(new BoxChange("box-1", B1, null)));
        Edit edit = new Edit("x", changes);
        changes.clear();
        assertEquals(1, edit.changes().size());
        assertThrows(UnsupportedOperationException.class, () -> edit.changes().clear());
    }
}
