package dev.faustwire.core.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.io.PatchReader;
import dev.faustwire.core.model.Patch;
import dev.faustwire.core.view.ViewTransform;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Going into sub-patchers and back, revealing a box by its path, and edits inside being edits of the patch. */
class LevelsNavigationTest {
    private static final String NESTED = """
            {"boxes": {
              "box-1": {"text": "in 1", "rect": [10, 10, 45, 22]},
              "box-2": {"text": "p", "rect": [10, 60, 45, 22], "data": {"boxes": {
                 "box-1": {"text": "in 1", "rect": [10, 10, 45, 22]},
                 "box-2": {"text": "* 0.5", "rect": [2000, 1500, 45, 22]},
                 "box-3": {"text": "p", "rect": [10, 110, 45, 22], "data": {"boxes": {
                    "box-1": {"text": "mem", "rect": [10, 10, 45, 22]}}, "lines": {}}},
                 "box-4": {"text": "out 1", "rect": [10, 160, 45, 22]}},
                 "lines": {"line-1": {"src": ["box-1", 0], "dest": ["box-2", 0]},
                           "line-2": {"src": ["box-2", 0], "dest": ["box-4", 0]}}}},
              "box-3": {"text": "out 1", "rect": [10, 110, 45, 22]}},
             "lines": {"line-1": {"src": ["box-1", 0], "dest": ["box-2", 0]},
                       "line-2": {"src": ["box-2", 0], "dest": ["box-3", 0]}}}
            """;

    private static EditorFixture fixture() {
        return new EditorFixture(PatchReader.read(NESTED).patch());
    }

    @Test
    void enteringAndLeavingWalksTheLevelsAndLeavingSelectsTheSubPatcherBox() {
        EditorFixture f = fixture();
        assertFalse(f.editor.enter("box-1"), "in 1 holds no patch");
        assertTrue(f.editor.enter("box-2"));
        assertEquals(List.of("box-2"), f.editor.levelPath());
        assertEquals(Set.of("box-1", "box-2", "box-3", "box-4"), f.editor.level().boxes().keySet());
        assertTrue(f.editor.enter("box-3"));
        assertEquals("box-2/box-3/box-1", f.editor.pathOf("box-1"));
        assertTrue(f.editor.leave());
        assertEquals(List.of("box-2"), f.editor.levelPath());
        assertEquals(Set.of("box-3"), f.editor.state().selection().boxes());
        assertTrue(f.editor.leave());
        assertFalse(f.editor.leave());
        assertEquals(List.of(), f.editor.levelPath());
    }

    @Test
    void eachLevelKeepsItsOwnView() {
        EditorFixture f = fixture();
        f.editor.setView(new ViewTransform(2, -40, -30));
        f.editor.enter("box-2");
        ViewTransform inside = f.editor.state().view();
        f.editor.wheel(10, 10, 25, 35, false);
        ViewTransform moved = f.editor.state().view();
        f.editor.leave();
        assertEquals(new ViewTransform(2, -40, -30), f.editor.state().view());
        f.editor.enter("box-2");
        assertEquals(moved, f.editor.state().view());
        assertTrue(inside.scale() <= 1, "fitted the first time, never magnified");
    }

    @Test
    void revealOpensTheLevelSelectsTheBoxAndScrollsItIntoView() {
        EditorFixture f = fixture();
        assertFalse(f.editor.reveal("box-2/box-9"));
        assertFalse(f.editor.reveal("box-1/box-1"));
        f.editor.openLevel(List.of());
        f.editor.setView(ViewTransform.IDENTITY);
        assertTrue(f.editor.reveal("box-2/box-2"));
        assertEquals(List.of("box-2"), f.editor.levelPath());
        assertEquals(Set.of("box-2"), f.editor.state().selection().boxes());
        var screen = f.editor.state().view().toScreen(new dev.faustwire.core.view.Point(2000, 1500));
        assertTrue(screen.x() >= 0 && screen.x() + 45 <= 800 && screen.y() >= 0 && screen.y() + 22 <= 600,
                "the box is in the viewport: " + screen);
        assertTrue(f.editor.reveal("box-3"));
        assertEquals(List.of(), f.editor.levelPath());
    }

    @Test
    void aBoxPathNamesTheBoxOfItsLevelAndALevelNamesItsBoxesSo() {
        Patch patch = PatchReader.read(NESTED).patch();
        assertEquals("mem", dev.faustwire.core.edit.Levels.boxAt(patch, "box-2/box-3/box-1").text());
        assertEquals("in 1", dev.faustwire.core.edit.Levels.boxAt(patch, "box-1").text());
        assertEquals(null, dev.faustwire.core.edit.Levels.boxAt(patch, "box-1/box-1"), "in 1 holds no patch");
        assertEquals(null, dev.faustwire.core.edit.Levels.boxAt(patch, "box-2/box-9"));
        assertEquals(null, dev.faustwire.core.edit.Levels.boxAt(patch, null));
        assertEquals("box-2/box-3/box-1", dev.faustwire.core.edit.Levels.pathOf(List.of("box-2", "box-3"), "box-1"));
        assertEquals("box-1", dev.faustwire.core.edit.Levels.pathOf(List.of(), "box-1"));
    }

    @Test
    void anEditInsideIsAnEditOfThePatchAndUndoingItFromTheTopUndoesIt() {
        EditorFixture f = fixture();
        Patch before = f.model.patch();
        f.editor.enter("box-2");
        f.editor.select(Selection.ofBox("box-2"));
        f.editor.perform(Action.DELETE);
        assertEquals(3, f.editor.level().boxes().size());
        f.editor.leave();
        f.editor.perform(Action.UNDO);
        assertEquals(before, f.model.patch());
    }

    @Test
    void undoingTheSubPatcherAwayWhileInsideFallsBackToTheLevelThatStillExists() {
        EditorFixture f = new EditorFixture();
        String p = f.type(100, 100, "p");
        // a p box typed by hand holds an empty patch once it is given one; here, paste one in
        f.editor.select(Selection.NONE);
        f.editor.paste(PatchReader.read(NESTED).patch().box("box-2") == null ? null
                : dev.faustwire.core.io.PatchWriter.write(PatchReader.read(NESTED).patch()));
        String sub = f.editor.state().selection().boxes().stream()
                .filter(id -> f.editor.level().box(id).subpatch() != null).findFirst().orElseThrow();
        assertTrue(f.editor.enter(sub));
        f.editor.perform(Action.UNDO); // the paste goes, and the level with it
        f.editor.scene();
        assertEquals(List.of(), f.editor.levelPath());
        assertTrue(f.editor.level().boxes().containsKey(p));
    }
}
