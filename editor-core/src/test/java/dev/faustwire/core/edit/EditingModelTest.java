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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.edit.PatchEvent.BoxAdded;
import dev.faustwire.core.edit.PatchEvent.BoxChanged;
import dev.faustwire.core.edit.PatchEvent.BoxRemoved;
import dev.faustwire.core.edit.PatchEvent.HistoryChanged;
import dev.faustwire.core.edit.PatchEvent.LineAdded;
import dev.faustwire.core.edit.PatchEvent.LineRemoved;
import dev.faustwire.core.edit.PatchEvent.PatchReplaced;
import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Line;
import dev.faustwire.core.model.Patch;
import dev.faustwire.core.model.Port;
import dev.faustwire.core.model.Rect;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Tests of {@link EditingModel}: patch after apply/undo/redo/replace, history, and the events fired. */
class EditingModelTest {
    private EditingModel model;
    private final List<PatchEvent> events = new ArrayList<>();

    @BeforeEach
    void setUp() {
        model = new EditingModel(base());
        model.addListener(events::add);
    }

    /** The events heard since the last call, and forget them. */
    private List<PatchEvent> drain() {
        List<PatchEvent> copy = List.copyOf(events);
        events.clear();
        return copy;
    }

    @Test
    void newModelHasNoHistory() {
        assertEquals(base(), model.patch());
        assertFalse(model.canUndo());
        assertFalse(model.canRedo());
    }

    @Test
    void applyRemoveBoxFiresLineRemovedThenBoxRemovedThenHistory() {
        Edit edit = model.apply(new Command.RemoveBox("box-2"));
        assertEquals(List.of(new LineRemoved(L1), new LineRemoved(L2), new LineRemoved(L3), new BoxRemoved(B2),
                new HistoryChanged(true, false)), drain());
        assertEquals(new Command.RemoveBox("box-2").edit(base()), edit);
        assertEquals(patch(new Box[] {B1, B3}, new Line[] {}), model.patch());
        assertTrue(model.canUndo());
        assertFalse(model.canRedo());
    }

    @Test
    void undoRestoresPatchAndFiresAddsInReverseOrder() {
        model.apply(new Command.RemoveBox("box-2"));
        drain();
        assertTrue(model.undo());
        assertEquals(List.of(new BoxAdded(B2), new LineAdded(L3), new LineAdded(L2), new LineAdded(L1),
                new HistoryChanged(false, true)), drain());
        assertEquals(base(), model.patch());
    }

    @Test
    void redoReappliesAndFiresTheSameEventsAsApply() {
        model.apply(new Command.RemoveBox("box-3"));
        List<PatchEvent> applied = drain();
        Patch afterApply = model.patch();
        model.undo();
        drain();
        assertTrue(model.redo());
        assertEquals(applied, drain());
        assertEquals(afterApply, model.patch());
        assertTrue(model.canUndo());
        assertFalse(model.canRedo());
    }

    @Test
    void moveFiresBoxChanged() {
        model.apply(new Command.MoveBox("box-1", 50, 60));
        Box moved = B1.withRect(new Rect(50, 60, 40, 20));
        assertEquals(List.of(new BoxChanged(B1, moved), new HistoryChanged(true, false)), drain());
        model.undo();
        assertEquals(List.of(new BoxChanged(moved, B1), new HistoryChanged(false, true)), drain());
    }

    @Test
    void connectAndDisconnectFireLineEvents() {
        model.apply(new Command.Connect(new Port("box-1", 0), new Port("box-3", 0)));
        Line added = new Line("line-4", new Port("box-1", 0), new Port("box-3", 0));
        assertEquals(List.of(new LineAdded(added), new HistoryChanged(true, false)), drain());
        model.apply(new Command.Disconnect("line-1"));
        assertEquals(List.of(new LineRemoved(L1), new HistoryChanged(true, false)), drain());
    }

    @Test
    void addBoxFiresBoxAdded() {
        Box box = new Box("box-4", "mem", null);
        model.apply(new Command.AddBox(box));
        assertEquals(List.of(new BoxAdded(box), new HistoryChanged(true, false)), drain());
    }

    @Test
    void undoAndRedoWalkTheHistoryInOrder() {
        model.apply(new Command.SetText("box-2", "*"));
        Patch one = model.patch();
        model.apply(new Command.MoveBox("box-2", 0, 0));
        Patch two = model.patch();
        assertTrue(model.undo());
        assertEquals(one, model.patch());
        assertTrue(model.undo());
        assertEquals(base(), model.patch());
        assertFalse(model.canUndo());
        assertTrue(model.redo());
        assertEquals(one, model.patch());
        assertTrue(model.redo());
        assertEquals(two, model.patch());
        assertFalse(model.canRedo());
    }

    @Test
    void newApplyClearsRedo() {
        model.apply(new Command.SetText("box-1", "in 2"));
        model.apply(new Command.SetText("box-3", "out 2"));
        model.undo();
        assertTrue(model.canRedo());
        drain();
        model.apply(new Command.MoveBox("box-1", 1, 1));
        assertEquals(new HistoryChanged(true, false), drain().get(1));
        assertFalse(model.canRedo());
        assertFalse(model.redo());
        assertEquals("out 1", model.patch().box("box-3").text());
    }

    @Test
    void emptyEditIsNotRecordedAndFiresNothing() {
        Edit edit = model.apply(new Command.SetText("box-1", "in 1"));
        assertTrue(edit.isEmpty());
        assertFalse(model.canUndo());
        assertEquals(List.of(), drain());
        assertEquals(base(), model.patch());
        model.apply(new Command.Connect(L1.src(), L1.dest()));
        assertFalse(model.canUndo());
        assertEquals(List.of(), drain());
    }

    @Test
    void emptyEditKeepsTheRedoStack() {
        model.apply(new Command.SetText("box-1", "in 2"));
        model.undo();
        model.apply(new Command.SetText("box-1", "in 1"));
        assertTrue(model.canRedo());
        assertTrue(model.redo());
        assertEquals("in 2", model.patch().box("box-1").text());
    }

    @Test
    void failingCommandChangesNothing() {
        model.apply(new Command.SetText("box-1", "in 2"));
        Patch before = model.patch();
        drain();
        assertThrows(IllegalArgumentException.class, () -> model.apply(new Command.RemoveBox("box-9")));
        assertSame(before, model.patch());
        assertEquals(List.of(), drain());
        assertTrue(model.canUndo());
        assertTrue(model.undo());
        assertEquals(base(), model.patch());
    }

    @Test
    void replaceClearsHistoryAndFiresReplacedThenHistory() {
        model.apply(new Command.SetText("box-1", "in 2"));
        model.apply(new Command.SetText("box-1", "in 3"));
        model.undo();
        assertTrue(model.canUndo());
        assertTrue(model.canRedo());
        drain();
        model.replace(Patch.EMPTY);
        assertEquals(List.of(new PatchReplaced(), new HistoryChanged(false, false)), drain());
        assertSame(Patch.EMPTY, model.patch());
        assertFalse(model.canUndo());
        assertFalse(model.canRedo());
        assertFalse(model.undo());
        assertFalse(model.redo());
        assertSame(Patch.EMPTY, model.patch());
    }

    @Test
    void undoAndRedoOnEmptyStacksReturnFalseAndFireNothing() {
        assertFalse(model.undo());
        assertFalse(model.redo());
        assertEquals(List.of(), drain());
        assertEquals(base(), model.patch());
    }

    @Test
    void everyListenerHearsEveryEventInOrder() {
        List<PatchEvent> second = new ArrayList<>();
        model.addListener(second::add);
        model.apply(new Command.RemoveBox("box-3"));
        model.undo();
        assertEquals(List.of(new LineRemoved(L2), new BoxRemoved(B3), new HistoryChanged(true, false),
                new BoxAdded(B3), new LineAdded(L2), new HistoryChanged(false, true)), second);
        assertEquals(second, drain());
    }

    @Test
    void pasteFiresBoxesThenLines() {
        model.apply(new Command.Paste(patch(new Box[] {B1, B2}, new Line[] {L1}), 0, 0));
        assertEquals(List.of(new BoxAdded(B1.withId("box-4")), new BoxAdded(B2.withId("box-5")),
                new LineAdded(new Line("line-4", new Port("box-4", 0), new Port("box-5", 0))),
                new HistoryChanged(true, false)), drain());
    }
}
