package dev.faustwire.core.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.editor.ConnectMode.Step;
import dev.faustwire.core.model.Line;
import dev.faustwire.core.model.Port;
import dev.faustwire.core.view.Hit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Connect mode: outlet, target box, inlet, each chosen with the keys; Escape cancels at every step. */
class ConnectModeTest {
    private final EditorFixture f = new EditorFixture();

    private KeyboardEditing.Outcome key(Action action) {
        return f.editor.keyboard().handle(action);
    }

    private ConnectMode mode() {
        return f.editor.keyboard().connectMode();
    }

    private String status() {
        return f.editor.keyboard().status();
    }

    /** split (1 in, 3 out) above + (2 in) and out 1, nothing selected, the focus on split. */
    private void patch() {
        f.type(100, 50, "split");
        f.type(60, 150, "+");
        f.type(200, 150, "out 1");
        f.editor.perform(Action.DESELECT);
        f.editor.focus("box-1");
    }

    @Test
    void outletThenTargetThenInletMakesOneLineInOneUndoStep() {
        patch();
        String before = f.file();
        assertEquals(KeyboardEditing.Outcome.DONE, key(Action.CONNECT));
        assertEquals(Step.OUTLET, mode().step());
        assertEquals("Connect from outlet 1 of 3 of box 1 `split`: left and right choose the outlet, Enter takes it,"
                + " Escape cancels.", status());
        key(Action.NUDGE_RIGHT);
        key(Action.NUDGE_RIGHT);
        assertEquals(2, mode().outlet());
        assertEquals(new Hit.OnPort("box-1", true, 2), f.editor.scene().wireTarget(), "the outlet is highlighted");
        key(Action.NUDGE_RIGHT);
        assertEquals(0, mode().outlet(), "round");
        key(Action.NUDGE_LEFT);
        assertEquals(2, mode().outlet());
        key(Action.EDIT_BOX);
        assertEquals(Step.TARGET, mode().step());
        assertEquals("box-2", mode().target(), "the next box in reading order");
        assertEquals("box-2", f.editor.focused(), "the focus ring shows the target");
        assertEquals("Outlet 3 of box 1 `split`; choose a target box with Tab or the arrows, then Enter: box 2 `+`.",
                status());
        assertNotNull(f.editor.scene().pendingWire(), "the line to be drawn is shown");
        key(Action.FOCUS_NEXT);
        assertEquals("box-3", mode().target());
        key(Action.FOCUS_NEXT);
        assertEquals("box-1", mode().target(), "Tab goes round while choosing: the mode keeps the keys");
        key(Action.NUDGE_DOWN);
        key(Action.NUDGE_LEFT);
        assertEquals("box-2", mode().target());
        assertEquals("Target: box 2 `+`. Enter takes it, Escape cancels.", status());
        key(Action.EDIT_BOX);
        assertEquals(Step.INLET, mode().step());
        assertEquals("To inlet 1 of 2 of box 2 `+`: left and right choose the inlet, Enter connects.", status());
        key(Action.NUDGE_RIGHT);
        assertEquals(new Hit.OnPort("box-2", false, 1), f.editor.scene().wireTarget());
        assertEquals(before, f.file(), "nothing is drawn before the last Enter");
        key(Action.EDIT_BOX);
        assertNull(mode());
        assertEquals(List.of(new Line("line-1", new Port("box-1", 2), new Port("box-2", 1))),
                List.copyOf(f.model.patch().lines().values()));
        assertEquals("Connected outlet 3 of box 1 `split` to inlet 2 of box 2 `+`.", status());
        assertEquals("box-2", f.editor.focused());
        f.editor.perform(Action.UNDO);
        assertEquals(before, f.file(), "one undo step");
    }

    @Test
    void escapeCancelsAtEveryStepAndDrawsNothing() {
        patch();
        String before = f.file();
        for (int steps = 0; steps < 3; steps++) {
            key(Action.CONNECT);
            for (int i = 0; i < steps; i++) {
                key(Action.EDIT_BOX);
            }
            assertEquals(Step.values()[steps], mode().step());
            assertEquals(KeyboardEditing.Outcome.DONE, key(Action.DESELECT));
            assertNull(mode());
            assertEquals("Connect cancelled.", status());
            assertEquals("box-1", f.editor.focused(), "the focus goes back to the box the line was to start from");
            assertEquals(before, f.file());
            assertNull(f.editor.scene().pendingWire());
        }
    }

    @Test
    void aTargetWithoutInletIsRefusedAndTheModeWaits() {
        f.type(100, 50, "in 1");
        f.type(100, 150, "in 2");
        f.type(100, 250, "out 1");
        f.editor.perform(Action.DESELECT);
        f.editor.focus("box-1");
        key(Action.CONNECT);
        key(Action.EDIT_BOX);
        assertEquals("box-2", mode().target());
        key(Action.EDIT_BOX);
        assertEquals(Step.TARGET, mode().step());
        assertEquals("box 2 `in 2` has no inlet; choose another target box.", status());
        key(Action.NUDGE_DOWN);
        key(Action.EDIT_BOX);
        key(Action.EDIT_BOX);
        assertEquals(1, f.model.patch().lines().size());
    }

    @Test
    void aBoxWithoutOutletCannotStartAndNoFocusSaysWhatToDo() {
        patch();
        f.editor.focus("box-3");
        key(Action.CONNECT);
        assertNull(mode());
        assertEquals("box 3 `out 1` has no outlet.", status());
        f.editor.focus(null);
        key(Action.CONNECT);
        assertNull(mode());
        assertTrue(status().startsWith("Focus a box first"), status());
    }

    @Test
    void editsAreRefusedWhileConnectingAndAnExistingLineIsNotDoubled() {
        patch();
        f.wire("box-1", 0, "box-2", 0);
        f.editor.perform(Action.DESELECT);
        f.editor.focus("box-1");
        String before = f.file();
        key(Action.CONNECT);
        assertEquals(KeyboardEditing.Outcome.DONE, key(Action.DELETE), "Delete does nothing behind the mode's back");
        assertEquals(KeyboardEditing.Outcome.NOT_MINE, key(Action.ZOOM_IN), "the view still zooms");
        key(Action.EDIT_BOX);
        key(Action.EDIT_BOX);
        key(Action.EDIT_BOX);
        assertEquals(before, f.file());
        assertEquals("That line is there already.", status());
    }

    @Test
    void anUndoThatTakesTheBoxAwayEndsTheMode() {
        patch();
        key(Action.CONNECT);
        key(Action.EDIT_BOX);
        key(Action.EDIT_BOX);
        assertEquals(Step.INLET, mode().step());
        f.editor.perform(Action.UNDO); // the out 1 box typed last goes... and with it not box-2; undo twice more
        f.editor.perform(Action.UNDO);
        assertNull(mode(), "the target box is gone");
        assertEquals("Connect cancelled: the box is gone.", status());
    }

    @Test
    void thePointerEndsTheMode() {
        patch();
        key(Action.CONNECT);
        f.editor.keyboard().pointerUsed();
        assertNull(mode());
        assertEquals("", status());
    }
}
