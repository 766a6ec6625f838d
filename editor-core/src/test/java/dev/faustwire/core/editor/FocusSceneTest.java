package dev.faustwire.core.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.view.Point;
import dev.faustwire.core.view.ViewTransform;
import org.junit.jupiter.api.Test;

/** The focus in the scene: marked on one box, redrawn only where it changed, scrolled into view. */
class FocusSceneTest {
    private final EditorFixture f = new EditorFixture();

    private Scene.SceneBox box(Scene scene, String id) {
        for (Scene.SceneBox b : scene.boxes()) {
            if (b.id().equals(id)) {
                return b;
            }
        }
        throw new AssertionError(id);
    }

    @Test
    void movingTheFocusRedrawsOnlyTheTwoBoxesItLeftAndReached() {
        f.type(100, 50, "in 1");
        f.type(100, 150, "mem");
        f.type(100, 250, "out 1");
        f.editor.perform(Action.DESELECT);
        f.editor.focus("box-1");
        Scene before = f.editor.scene();
        assertTrue(box(before, "box-1").focused());
        f.editor.keyboard().handle(Action.FOCUS_NEXT);
        Scene after = f.editor.scene();
        assertNotSame(box(before, "box-1"), box(after, "box-1"));
        assertNotSame(box(before, "box-2"), box(after, "box-2"));
        assertSame(box(before, "box-3"), box(after, "box-3"), "an unchanged box is the same object");
        assertFalse(box(after, "box-1").focused());
        assertTrue(box(after, "box-2").focused());
    }

    @Test
    void focusingABoxOutsideTheViewScrollsItIn() {
        f.type(100, 50, "in 1");
        f.editor.setView(new ViewTransform(1, -2000, -2000));
        f.editor.focus("box-1");
        Point corner = f.editor.state().view().toScreen(new Point(100, 50));
        assertTrue(corner.x() >= 0 && corner.x() < 800 && corner.y() >= 0 && corner.y() < 600, corner.toString());
    }

    @Test
    void inASubPatcherTheFocusIsOfThatLevelAndLeavingFocusesTheSubPatcherBox() {
        EditorFixture nested = new EditorFixture(dev.faustwire.core.io.PatchReader.read("""
                {"boxes": {
                  "box-1": {"text": "in 1", "rect": [10, 10, 45, 22]},
                  "box-2": {"text": "p", "rect": [10, 60, 45, 22], "data": {"boxes": {
                     "box-1": {"text": "in 1", "rect": [10, 10, 45, 22]},
                     "box-2": {"text": "out 1", "rect": [10, 60, 45, 22]}}, "lines": {}}}},
                 "lines": {}}
                """).patch());
        PatchEditor editor = nested.editor;
        editor.focus("box-2");
        assertTrue(editor.enter("box-2"));
        assertNull(editor.focused(), "box-2 of the top is not box-2 inside");
        editor.keyboard().handle(Action.FOCUS_NEXT);
        assertEquals("box-1", editor.focused());
        assertEquals("box-2/box-1", editor.pathOf(editor.focused()));
        editor.keyboard().handle(Action.CONNECT);
        editor.keyboard().handle(Action.EDIT_BOX);
        editor.keyboard().handle(Action.EDIT_BOX);
        editor.keyboard().handle(Action.EDIT_BOX);
        assertEquals(1, editor.level().lines().size(), "connect mode draws inside the open sub-patcher");
        assertEquals(0, nested.model.patch().lines().size());
        assertTrue(editor.leave());
        assertEquals("box-2", editor.focused(), "back at the top, the sub-patcher box has the focus");
    }
}
