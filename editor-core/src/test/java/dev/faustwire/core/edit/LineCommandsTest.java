package dev.faustwire.core.edit;

import static dev.faustwire.core.edit.CommandsTest.applyAndCheckInverse;
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

import dev.faustwire.core.edit.Change.LineChange;
import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Line;
import dev.faustwire.core.model.Patch;
import dev.faustwire.core.model.Port;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tests of the Connect and Disconnect commands. */
class LineCommandsTest {

    @Test
    void connectAddsLineUnderNextFreeId() {
        Port src = new Port("box-1", 0);
        Port dest = new Port("box-3", 0);
        Edit edit = new Command.Connect(src, dest).edit(base());
        Line line = new Line("line-4", src, dest);
        assertEquals(List.of(new LineChange("line-4", null, line)), edit.changes());
        assertEquals("connect", edit.label());
        Patch after = applyAndCheckInverse(base(), edit);
        assertEquals(patch(new Box[] {B1, B2, B3}, new Line[] {L1, L2, L3, line}), after);
    }

    @Test
    void connectUsesLargestLineNumberPlusOneNotAGap() {
        Patch start = patch(new Box[] {B1, B2, B3}, new Line[] {L1, L3});
        Edit edit = new Command.Connect(new Port("box-2", 0), new Port("box-3", 0)).edit(start);
        assertEquals(List.of(new LineChange("line-4", null, L2.withId("line-4"))), edit.changes());
    }

    @Test
    void connectInEmptyLineSetGivesLineOne() {
        Patch start = patch(new Box[] {B1, B2}, new Line[] {});
        Edit edit = new Command.Connect(new Port("box-1", 0), new Port("box-2", 0)).edit(start);
        assertEquals(List.of(new LineChange("line-1", null, L1)), edit.changes());
    }

    @Test
    void connectDuplicateIsEmpty() {
        Edit edit = new Command.Connect(new Port("box-1", 0), new Port("box-2", 1)).edit(base());
        assertTrue(edit.isEmpty());
    }

    @Test
    void connectSameBoxesOtherPortOrOtherDirectionIsNotADuplicate() {
        assertEquals(1, new Command.Connect(new Port("box-1", 1), new Port("box-2", 0)).edit(base()).changes().size());
        assertEquals(1, new Command.Connect(new Port("box-2", 0), new Port("box-1", 0)).edit(base()).changes().size());
    }

    @Test
    void connectToMissingBoxThrows() {
        Patch p = base();
        assertThrows(IllegalArgumentException.class,
                () -> new Command.Connect(new Port("box-9", 0), new Port("box-1", 0)).edit(p));
        assertThrows(IllegalArgumentException.class,
                () -> new Command.Connect(new Port("box-1", 0), new Port("box-9", 0)).edit(p));
    }

    @Test
    void disconnectRemovesTheLine() {
        Edit edit = new Command.Disconnect("line-2").edit(base());
        assertEquals(List.of(new LineChange("line-2", L2, null)), edit.changes());
        assertEquals("disconnect", edit.label());
        Patch after = applyAndCheckInverse(base(), edit);
        assertEquals(patch(new Box[] {B1, B2, B3}, new Line[] {L1, L3}), after);
    }

    @Test
    void disconnectMissingLineThrows() {
        Patch p = base();
        assertThrows(IllegalArgumentException.class, () -> new Command.Disconnect("line-9").edit(p));
        assertThrows(IllegalArgumentException.class, () -> new Command.Disconnect("box-1").edit(p));
    }

    @Test
    void disconnectThenConnectReusesTheFreedLargestId() {
        Patch p = new Command.Disconnect("line-3").edit(base()).applyTo(base());
        Edit edit = new Command.Connect(L3.src(), L3.dest()).edit(p);
        assertEquals(List.of(new LineChange("line-3", null, L3)), edit.changes());
        assertEquals(base(), edit.applyTo(p));
    }
}
