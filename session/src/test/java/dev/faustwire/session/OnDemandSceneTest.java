package dev.faustwire.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.editor.PatchEditor;
import dev.faustwire.core.editor.Scene;
import dev.faustwire.core.model.Port;
import dev.faustwire.stdlib.jvm.BundledIndex;
import org.junit.jupiter.api.Test;

/**
 * An {@code ondemand} box built as a person builds it, with the real port counts of code generation:
 * typed, it has its clock inlet only; opened, the level is its clock domain; with
 * {@code in 1 -> mem -> out 1} inside, it has the clock then one input, and one output.
 */
class OnDemandSceneTest {
    @Test
    void aTypedOndemandBoxGetsAnInletPerInputOfItsContentAfterItsClock() {
        EditingSession session = new EditingSession(BundledIndex.get());
        assertTrue(session.open(Document.inWorkspace("od.json", "\"e1\""), "{\"boxes\": {}, \"lines\": {}}").isEmpty());
        PatchEditor editor = session.editor();
        String od = type(editor, 100, 100, "ondemand");
        Scene.SceneBox empty = box(editor.scene(), od);
        assertTrue(empty.onDemand());
        assertEquals(1, empty.inlets(), "an empty ondemand box has its clock inlet only");
        assertEquals(0, empty.outlets());
        assertTrue(empty.clockInlet(0));

        assertTrue(editor.enter(od));
        assertNotNull(editor.scene().clockDomain());
        String in = type(editor, 50, 50, "in 1");
        String mem = type(editor, 50, 120, "mem");
        String out = type(editor, 50, 190, "out 1");
        assertTrue(editor.connect(new Port(in, 0), new Port(mem, 0)));
        assertTrue(editor.connect(new Port(mem, 0), new Port(out, 0)));
        assertFalse(box(editor.scene(), mem).onDemand());
        assertTrue(editor.leave());
        assertNull(editor.scene().clockDomain());
        Scene.SceneBox full = box(editor.scene(), od);
        assertEquals(2, full.inlets(), "the clock, then the content's in 1");
        assertEquals(1, full.outlets());
        assertTrue(full.clockInlet(0));
        assertFalse(full.clockInlet(1));
        String top = type(editor, 100, 200, "out 1");
        assertTrue(editor.connect(new Port(od, 0), new Port(top, 0)));
        String code = session.generated().code();
        assertNotNull(code, String.valueOf(session.generated().diagnostics()));
        assertTrue(code.contains("ondemand_hold"), code);
    }

    private static String type(PatchEditor editor, double x, double y, String text) {
        editor.commitText(editor.doubleClick(x, y), text);
        return editor.state().selection().boxes().iterator().next();
    }

    private static Scene.SceneBox box(Scene scene, String id) {
        for (Scene.SceneBox box : scene.boxes()) {
            if (box.id().equals(id)) {
                return box;
            }
        }
        throw new AssertionError("no box " + id);
    }
}
