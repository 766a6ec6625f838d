package dev.faustwire.core.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.io.PatchReader;
import dev.faustwire.core.io.PatchWriter;
import dev.faustwire.core.json.JsonValue.JsonObject;
import dev.faustwire.core.json.JsonValue.JsonString;
import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Patch;
import dev.faustwire.core.model.Rect;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Copy, cut, paste and duplicate: patch JSON on the clipboard, lines kept only inside the selection. */
class ClipboardTest {

    private static EditorFixture chain() {
        EditorFixture f = new EditorFixture();
        f.type(100, 50, "in 1");
        f.type(100, 150, "mem");
        f.type(100, 250, "out 1");
        f.wire("box-1", 0, "box-2", 0);
        f.wire("box-2", 0, "box-3", 0);
        return f;
    }

    @Test
    void copyHoldsTheSelectedBoxesAndOnlyTheLinesBetweenThem() {
        EditorFixture f = chain();
        f.editor.select(Selection.ofBoxes(List.of("box-1", "box-2")));
        String text = f.editor.copy();
        Patch copied = PatchReader.read(text).patch();
        assertEquals(List.of("box-1", "box-2"), List.copyOf(copied.boxes().keySet()));
        assertEquals(List.of("line-1"), List.copyOf(copied.lines().keySet()));
        assertTrue(text.contains("\"format\": \"faustwire-patch\"") || text.contains("\"format\":\"faustwire-patch\""),
                "the clipboard holds a patch document, which could be saved as a file");
    }

    @Test
    void pasteIntoAnotherPatchKeepsIdsPlacesAndInsideLines() {
        EditorFixture f = chain();
        f.editor.select(Selection.ofBoxes(List.of("box-2", "box-3")));
        String text = f.editor.copy();
        EditorFixture other = new EditorFixture();
        assertTrue(other.editor.paste(text));
        Patch pasted = other.model.patch();
        assertEquals(f.model.patch().box("box-2"), pasted.box("box-2"));
        assertEquals(f.model.patch().line("line-2"), pasted.line("line-2"));
        assertEquals(Set.of("box-2", "box-3"), other.editor.state().selection().boxes(), "the pasted boxes are selected");
        assertEquals("paste", other.model.undoLabel());
    }

    @Test
    void pasteOverTheOriginalsGivesFreshIdsAndAnOffset() {
        EditorFixture f = chain();
        f.editor.select(Selection.ofBoxes(List.of("box-1", "box-2")));
        String text = f.editor.copy();
        f.editor.paste(text);
        Patch after = f.model.patch();
        assertEquals(new Rect(115, 65, 45, 22), after.box("box-4").rect());
        assertEquals("in 1", after.box("box-4").text());
        assertEquals("box-4", after.line("line-3").src().boxId());
        assertEquals("box-5", after.line("line-3").dest().boxId());
        f.editor.paste(text);
        assertEquals(new Rect(130, 80, 45, 22), f.model.patch().box("box-6").rect(), "a second paste steps further");
    }

    @Test
    void selectAllCutPasteRestoresThePatch() {
        EditorFixture f = chain();
        String before = f.file();
        f.editor.perform(Action.SELECT_ALL);
        String text = f.editor.cut();
        assertTrue(f.model.patch().boxes().isEmpty());
        assertEquals("cut", f.model.undoLabel());
        f.editor.paste(text);
        assertEquals(before, f.file());
    }

    @Test
    void duplicateCopiesTheSelectionBesideItInOneStep() {
        EditorFixture f = chain();
        f.editor.select(Selection.ofBoxes(List.of("box-2", "box-3")));
        f.editor.perform(Action.DUPLICATE);
        Patch after = f.model.patch();
        assertEquals(5, after.boxes().size());
        assertEquals(3, after.lines().size(), "the line between the copies, not the one from box-1");
        assertEquals(Set.of("box-4", "box-5"), f.editor.state().selection().boxes());
        f.editor.perform(Action.UNDO);
        assertEquals(3, f.model.patch().boxes().size());
    }

    @Test
    void subPatcherContentsCodeAndStoredLabelsTravel() {
        Patch inner = PatchReader.read("{\"boxes\": {\"box-1\": {\"text\": \"in 1\"}, \"box-2\": {\"text\": \"out 1\"}},"
                + " \"lines\": {\"line-1\": {\"src\": [\"box-1\", 0], \"dest\": [\"box-2\", 0]}}}").patch();
        Box sub = new Box("box-1", "p thru", new Rect(10, 10, 60, 22), null, inner, null, JsonObject.EMPTY);
        Box code = new Box("box-2", "code", new Rect(10, 60, 60, 22),
                JsonObject.EMPTY.with("value", new JsonString("process = +;")), null, null, JsonObject.EMPTY);
        EditorFixture f = new EditorFixture();
        f.model.apply(new dev.faustwire.core.edit.Command.AddBox(sub));
        f.model.apply(new dev.faustwire.core.edit.Command.AddBox(code));
        f.model.apply(new dev.faustwire.core.edit.Command.AddBox(new Box("box-3", "hslider", new Rect(10, 110, 60, 22))));
        Patch source = f.model.patch();
        f.editor.perform(Action.SELECT_ALL);
        String text = f.editor.copy();

        EditorFixture other = new EditorFixture();
        other.editor.paste(text);
        assertEquals(PatchWriter.write(source), other.file());
        assertTrue(other.model.patch().box("box-3").data() != null, "the control's stored label came along");
    }

    @Test
    void textThatIsNotAPatchPastesNothing() {
        EditorFixture f = new EditorFixture();
        assertTrue(!f.editor.paste("hello"));
        assertTrue(!f.editor.paste("{\"boxes\": {}}"));
        assertTrue(!f.editor.paste("{\"boxes\": "));
        assertTrue(!f.editor.paste(null));
        assertTrue(f.model.patch().boxes().isEmpty());
        assertNull(f.editor.copy(), "nothing selected, nothing copied");
        assertNull(f.editor.cut());
        assertTrue(!f.model.canUndo());
    }
}
