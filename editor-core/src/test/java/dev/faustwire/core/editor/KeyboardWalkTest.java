package dev.faustwire.core.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.editor.KeyboardEditing.Outcome;
import dev.faustwire.core.io.PatchWriter;
import dev.faustwire.core.model.Line;
import dev.faustwire.core.model.Patch;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Thousands of random keys as the page sends them (keyboard patching first, then the editor's own
 * action, fields typed and committed): nothing throws, the focus is always a box of the patch or
 * none, connect mode never leaves half a line, every line joins an outlet to an inlet that exist,
 * and undoing everything gives the empty patch back.
 */
class KeyboardWalkTest {
    private static final Action[] KEYS = {
        Action.FOCUS_NEXT, Action.FOCUS_PREVIOUS, Action.NUDGE_LEFT, Action.NUDGE_RIGHT, Action.NUDGE_UP,
        Action.NUDGE_DOWN, Action.NUDGE_DOWN_FAR, Action.EDIT_BOX, Action.DELETE, Action.DESELECT, Action.SELECT_FOCUSED,
        Action.CONNECT, Action.NEW_BOX, Action.NEW_BOX_CONNECTED, Action.DUPLICATE, Action.UNDO, Action.REDO,
        Action.SELECT_ALL, Action.FIT,
    };
    private static final String[] TEXTS = {"in 1", "out 1", "+", "* 0.5", "mem", "os.osc", "split", "comment hi", "zzz"};

    @Test
    void randomKeysKeepThePatchAndTheFocusSound() {
        Random random = new Random(2026);
        int lines = 0;
        int connects = 0;
        for (int walk = 0; walk < 40; walk++) {
            EditorFixture f = new EditorFixture();
            String empty = f.file();
            for (int step = 0; step < 150; step++) {
                Action action = KEYS[random.nextInt(KEYS.length)];
                boolean connecting = f.editor.keyboard().connectMode() != null;
                int before = f.model.patch().lines().size();
                press(f, action, random);
                f.editor.scene(); // the page paints after every key
                if (connecting && action == Action.EDIT_BOX && f.editor.keyboard().connectMode() == null
                        && f.editor.keyboard().status().startsWith("Connected")) {
                    connects++;
                    assertEquals(before + 1, f.model.patch().lines().size(), "Enter on the inlet draws one line");
                }
                check(f);
            }
            lines += f.model.patch().lines().size();
            while (f.model.canUndo()) {
                f.editor.perform(Action.UNDO);
            }
            assertEquals(empty, f.file(), "walk " + walk + " undoes to the empty patch");
        }
        System.out.println("[keys] random walks: " + connects + " lines drawn in connect mode, " + lines + " lines at the ends");
        assertTrue(connects > 0, "the walks reached the end of connect mode");
    }

    private static void press(EditorFixture f, Action action, Random random) {
        Outcome outcome = f.editor.keyboard().handle(action);
        TextField field = null;
        if (outcome == Outcome.FIELD) {
            field = f.editor.keyboard().field();
        } else if (outcome == Outcome.NOT_MINE) {
            if (action == Action.NEW_BOX) {
                field = f.editor.newBoxField();
            } else if (action == Action.EDIT_BOX) {
                field = f.editor.editSelectedField();
            } else {
                f.editor.perform(action);
            }
        }
        if (field != null) {
            assertNotNull(field.at());
            f.editor.commitText(field, TEXTS[random.nextInt(TEXTS.length)]);
        }
    }

    private static void check(EditorFixture f) {
        Patch patch = f.editor.level();
        String focused = f.editor.focused();
        assertTrue(focused == null || patch.box(focused) != null, "focus on a box that is gone: " + focused);
        for (Line line : patch.lines().values()) {
            assertNotNull(f.editor.layout().box(line.src().boxId()), PatchWriter.write(patch));
            assertNotNull(f.editor.layout().box(line.dest().boxId()), PatchWriter.write(patch));
        }
        ConnectMode mode = f.editor.keyboard().connectMode();
        if (mode != null) {
            assertNotNull(patch.box(mode.source()));
            assertTrue(mode.outlet() < f.editor.layout().box(mode.source()).outlets());
            assertNotNull(f.editor.scene().wireTarget(), "connect mode always shows its port");
        }
    }
}
