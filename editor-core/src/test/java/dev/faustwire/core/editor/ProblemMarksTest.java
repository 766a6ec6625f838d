package dev.faustwire.core.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.io.PatchReader;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How the canvas marks problems: the box at fault, and the sub-patcher boxes on the way down to it. */
class ProblemMarksTest {
    private static final String PATCH = "{\"boxes\": {"
            + "\"box-1\": {\"text\": \"os.osc\", \"rect\": [10, 10, 60, 22]},"
            + "\"box-9\": {\"text\": \"p\", \"rect\": [10, 60, 60, 22], \"data\": {\"boxes\": {"
            + "  \"box-2\": {\"text\": \"nosuchbox\", \"rect\": [10, 10, 60, 22]},"
            + "  \"box-3\": {\"text\": \"p\", \"rect\": [10, 60, 60, 22], \"data\": {\"boxes\": {"
            + "    \"box-4\": {\"text\": \"mem\", \"rect\": [10, 10, 60, 22]}}, \"lines\": {}}}}, \"lines\": {}}},"
            + "\"box-90\": {\"text\": \"p\", \"rect\": [10, 110, 60, 22], \"data\": {\"boxes\": {}, \"lines\": {}}}"
            + "}, \"lines\": {}}";

    private static Scene.SceneBox box(PatchEditor editor, String id) {
        return editor.scene().boxes().stream().filter(b -> b.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aSubPatcherBoxHoldingABoxInErrorIsMarkedAndOthersAreNot() {
        EditorFixture f = new EditorFixture(PatchReader.read(PATCH).patch());
        f.editor.setErrors(Set.of("box-9/box-2"));
        assertTrue(box(f.editor, "box-9").error(), "the way down to the box at fault");
        assertFalse(box(f.editor, "box-1").error());
        assertFalse(box(f.editor, "box-90").error(), "box-90 is not box-9: the path is matched up to its slash");
        f.editor.enter("box-9");
        assertTrue(box(f.editor, "box-2").error());
        assertFalse(box(f.editor, "box-3").error(), "nothing in error inside box-3");
        f.editor.setErrors(Set.of("box-9/box-3/box-4"));
        assertTrue(box(f.editor, "box-3").error());
        f.editor.leave();
        assertTrue(box(f.editor, "box-9").error(), "two levels down");
    }

    @Test
    void theHoverTextIsThatOfTheBoxPathAtTheOpenLevel() {
        EditorFixture f = new EditorFixture(PatchReader.read(PATCH).patch());
        f.editor.setProblems(Map.of("box-9/box-2", "error E010: unknown", "box-9", "inside box-2: error E010: unknown"));
        assertEquals("inside box-2: error E010: unknown", box(f.editor, "box-9").problem());
        f.editor.enter("box-9");
        assertEquals("error E010: unknown", box(f.editor, "box-2").problem());
        assertEquals(null, box(f.editor, "box-3").problem());
    }
}
