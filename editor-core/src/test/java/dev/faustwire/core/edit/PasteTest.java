package dev.faustwire.core.edit;

import static dev.faustwire.core.edit.CommandsTest.applyAndCheckInverse;
import static dev.faustwire.core.edit.EditFixtures.B1;
import static dev.faustwire.core.edit.EditFixtures.B2;
import static dev.faustwire.core.edit.EditFixtures.B3;
import static dev.faustwire.core.edit.EditFixtures.L1;
import static dev.faustwire.core.edit.EditFixtures.obj;
import static dev.faustwire.core.edit.EditFixtures.patch;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.edit.Change.BoxChange;
import dev.faustwire.core.edit.Change.LineChange;
import dev.faustwire.core.json.JsonValue.JsonBool;
import dev.faustwire.core.json.JsonValue.JsonNumber;
import dev.faustwire.core.json.JsonValue.JsonString;
import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Line;
import dev.faustwire.core.model.Patch;
import dev.faustwire.core.model.Port;
import dev.faustwire.core.model.Rect;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tests of the Paste command: ids kept when free, else fresh, shift by (dx, dy), extra fields kept, outside lines dropped. */
class PasteTest {
    /** box-1..box-3 and line-1 only. */
    private static final Patch TARGET = patch(new Box[] {B1, B2, B3}, new Line[] {L1});

    private static final Box F7 = new Box("box-2", "mem", new Rect(0, 10, 30, 20), null, null, null,
            obj("color", new JsonString("red")));
    private static final Box F8 = new Box("box-3", "* 0.5", null, new JsonNumber("0.5"), null, "gain",
            obj("presentation", new JsonBool(false)));
    private static final Line F9 = new Line("line-1", new Port("box-2", 0), new Port("box-3", 1),
            obj("disabled", new JsonBool(false)));

    @Test
    void pasteTwoBoxesAndALineGetsFreshIdsShiftedAndKeepsExtraFields() {
        Patch fragment = patch(new Box[] {F7, F8}, new Line[] {F9});
        Edit edit = new Command.Paste(fragment, 15, -5.5).edit(TARGET);

        Box b4 = new Box("box-4", "mem", new Rect(15, 4.5, 30, 20), null, null, null, F7.extra());
        Box b5 = new Box("box-5", "* 0.5", null, new JsonNumber("0.5"), null, "gain", F8.extra());
        Line l2 = new Line("line-2", new Port("box-4", 0), new Port("box-5", 1), F9.extra());
        assertEquals(List.of(new BoxChange("box-4", null, b4), new BoxChange("box-5", null, b5),
                new LineChange("line-2", null, l2)), edit.changes());
        assertEquals("paste", edit.label());

        Patch after = applyAndCheckInverse(TARGET, edit);
        assertEquals(patch(new Box[] {B1, B2, B3, b4, b5}, new Line[] {L1, l2}), after);
    }

    @Test
    void pasteIntoItselfDuplicatesUnderNewIds() {
        Edit edit = new Command.Paste(TARGET, 0, 0).edit(TARGET);
        assertEquals(List.of(
                new BoxChange("box-4", null, B1.withId("box-4")),
                new BoxChange("box-5", null, B2.withId("box-5")),
                new BoxChange("box-6", null, B3.withId("box-6")),
                new LineChange("line-2", null, new Line("line-2", new Port("box-4", 0), new Port("box-5", 0)))),
                edit.changes());
        applyAndCheckInverse(TARGET, edit);
    }

    @Test
    void pasteDropsLinesWithAnEndOutsideTheFragment() {
        Line toOutside = new Line("line-1", new Port("box-2", 0), new Port("box-1", 0));
        Line fromOutside = new Line("line-2", new Port("box-9", 0), new Port("box-2", 0));
        Patch fragment = patch(new Box[] {F7}, new Line[] {toOutside, fromOutside});
        Edit edit = new Command.Paste(fragment, 0, 0).edit(TARGET);
        assertEquals(List.of(new BoxChange("box-4", null, F7.withId("box-4"))), edit.changes());
        Patch after = applyAndCheckInverse(TARGET, edit);
        assertEquals(List.of("line-1"), List.copyOf(after.lines().keySet()));
        assertEquals(L1, after.line("line-1"));
    }

    @Test
    void pasteKeepsInsideLinesAndDropsOnlyOutsideOnes() {
        Line outside = new Line("line-7", new Port("box-3", 0), new Port("box-99", 0));
        Patch fragment = patch(new Box[] {F7, F8}, new Line[] {outside, F9});
        Edit edit = new Command.Paste(fragment, 0, 0).edit(TARGET);
        assertEquals(3, edit.changes().size());
        assertEquals(new LineChange("line-2", null,
                new Line("line-2", new Port("box-4", 0), new Port("box-5", 1), F9.extra())), edit.changes().get(2));
    }

    @Test
    void pasteIntoAPatchThatDoesNotUseTheIdsKeepsThem() {
        Patch fragment = patch(new Box[] {F7, F8}, new Line[] {F9});
        Edit edit = new Command.Paste(fragment, 0, 0).edit(Patch.EMPTY);
        Patch after = applyAndCheckInverse(Patch.EMPTY, edit);
        assertEquals(List.of("box-2", "box-3"), List.copyOf(after.boxes().keySet()));
        assertEquals(F9, after.line("line-1"));
    }

    @Test
    void cutEverythingThenPasteGivesTheSamePatchBack() {
        Patch original = EditFixtures.base();
        Patch cut = new Command.Group("cut", List.of(new Command.RemoveBox("box-1"), new Command.RemoveBox("box-2"),
                new Command.RemoveBox("box-3"))).edit(original).applyTo(original);
        assertTrue(cut.boxes().isEmpty() && cut.lines().isEmpty());

        Patch pasted = new Command.Paste(original, 0, 0).edit(cut).applyTo(cut);

        assertEquals(original.boxes(), pasted.boxes());
        assertEquals(original.lines(), pasted.lines());
    }

    @Test
    void onlyTheIdsInUseAreRenumbered() {
        Box free = new Box("box-9", "mem", null);
        Box taken = new Box("box-1", "sin", null);
        Line between = new Line("line-5", new Port("box-1", 0), new Port("box-9", 0));
        Patch after = new Command.Paste(patch(new Box[] {free, taken}, new Line[] {between}), 0, 0).edit(TARGET)
                .applyTo(TARGET);
        assertEquals(free, after.box("box-9"));
        assertEquals("sin", after.box("box-4").text(), "box-1 is taken: the next after the largest in use");
        assertEquals(new Line("line-5", new Port("box-4", 0), new Port("box-9", 0)), after.line("line-5"));
    }

    @Test
    void pasteOfEmptyFragmentIsEmpty() {
        assertTrue(new Command.Paste(Patch.EMPTY, 10, 10).edit(TARGET).isEmpty());
    }

    @Test
    void pasteWithoutShiftKeepsRectExactly() {
        Edit edit = new Command.Paste(patch(new Box[] {F7}, new Line[] {}), 0, 0).edit(TARGET);
        assertEquals(new BoxChange("box-4", null, F7.withId("box-4")), edit.changes().get(0));
    }
}
