package dev.faustwire.core.edit;

import static dev.faustwire.core.edit.CommandsTest.applyAndCheckInverse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.json.JsonValue.JsonNumber;
import dev.faustwire.core.json.JsonValue.JsonObject;
import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Patch;
import dev.faustwire.core.model.Rect;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Commands at a sub-patcher level, groups as one step, and system edits that join the last step. */
class LevelAndGroupTest {
    private static Patch nested() {
        Patch inner = EditFixtures.base();
        Box middle = new Box("box-5", "p inner", null, null, inner, null, JsonObject.EMPTY);
        Patch mid = EditFixtures.patch(new Box[] {middle}, new dev.faustwire.core.model.Line[] {});
        Box outer = new Box("box-9", "p outer", null, null, mid, null, JsonObject.EMPTY);
        return EditFixtures.patch(new Box[] {EditFixtures.B1, outer}, new dev.faustwire.core.model.Line[] {});
    }

    @Test
    void aCommandAtALevelChangesOnlyThatLevelAndUndoes() {
        Patch before = nested();
        Command add = new Command.AtLevel(List.of("box-9", "box-5"),
                new Command.AddBox(new Box("box-4", "mem", new Rect(1, 2, 45, 22))));
        Edit edit = add.edit(before);
        assertEquals(List.of(new Change.InBox("box-9", new Change.InBox("box-5",
                new Change.BoxChange("box-4", null, new Box("box-4", "mem", new Rect(1, 2, 45, 22)))))), edit.changes());
        Patch after = applyAndCheckInverse(before, edit);
        assertEquals("mem", Levels.at(after, List.of("box-9", "box-5")).box("box-4").text());
        assertEquals(before.box("box-1"), after.box("box-1"));
        assertEquals(EditFixtures.base().boxes().size() + 1, Levels.at(after, List.of("box-9", "box-5")).boxes().size());
    }

    @Test
    void aLevelThatDoesNotExistIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new Command.AtLevel(List.of("box-1"), new Command.RemoveBox("box-2")).edit(nested()));
        assertEquals(null, Levels.find(nested(), List.of("box-9", "box-7")));
        assertSame(nested().box("box-9").subpatch().getClass(), Levels.at(nested(), List.of("box-9")).getClass());
    }

    @Test
    void aGroupIsOneEditWhoseCommandsSeeEachOthersWork() {
        Patch before = EditFixtures.base();
        Command group = new Command.Group("delete", List.of(new Command.Disconnect("line-3"),
                new Command.RemoveBox("box-2"), new Command.RemoveBox("box-3")));
        Edit edit = group.edit(before);
        assertEquals("delete", edit.label());
        Patch after = applyAndCheckInverse(before, edit);
        assertEquals(List.of("box-1"), List.copyOf(after.boxes().keySet()));
        assertTrue(after.lines().isEmpty());
    }

    @Test
    void aGroupWithAFailingCommandChangesNothing() {
        EditingModel model = new EditingModel(EditFixtures.base());
        Patch before = model.patch();
        assertThrows(IllegalArgumentException.class, () -> model.apply(new Command.Group("x",
                List.of(new Command.RemoveBox("box-1"), new Command.RemoveBox("box-1")))));
        assertSame(before, model.patch());
        assertFalse(model.canUndo());
    }

    @Test
    void aSystemEditJoinsTheLastStepSoOneUndoTakesBackBoth() {
        Patch start = EditFixtures.patch(new Box[] {new Box("box-1", "code", null)}, new dev.faustwire.core.model.Line[] {});
        EditingModel model = new EditingModel(start);
        model.apply(new Command.SetText("box-1", "code @ins 1"));
        model.amend(new Command.StoreArity("box-1", 1, 1));
        assertEquals(JsonNumber.of(1), ((JsonObject) model.patch().box("box-1").data()).get("inputs"));
        assertEquals("edit text", model.undoLabel());
        model.undo();
        assertEquals(start, model.patch(), "one undo takes back the edit and what the system added to it");
        assertFalse(model.canUndo());
    }

    @Test
    void aSystemEditWithNoHistoryStaysOutOfIt() {
        Patch start = EditFixtures.patch(new Box[] {new Box("box-1", "code", null)}, new dev.faustwire.core.model.Line[] {});
        EditingModel model = new EditingModel(start);
        List<Object> events = new ArrayList<>();
        model.addListener(events::add);
        model.amend(new Command.StoreArity("box-1", 2, 1));
        assertFalse(model.canUndo(), "Ctrl+Z right after a probe has nothing to undo");
        assertTrue(events.get(0) instanceof PatchEvent.BoxChanged);
    }

    @Test
    void aChangeInsideASubPatcherIsHeardAsAChangeOfItsBox() {
        EditingModel model = new EditingModel(nested());
        List<PatchEvent> events = new ArrayList<>();
        model.addListener(events::add);
        model.apply(new Command.AtLevel(List.of("box-9"), new Command.MoveBox("box-5", 3, 4)));
        PatchEvent.BoxChanged changed = (PatchEvent.BoxChanged) events.get(0);
        assertEquals("box-9", changed.after().id());
        assertEquals(new Rect(3, 4, 0, 0), changed.after().subpatch().box("box-5").rect());
    }
}
