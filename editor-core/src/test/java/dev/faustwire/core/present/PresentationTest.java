package dev.faustwire.core.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.io.PatchReader;
import dev.faustwire.core.io.PatchWriter;
import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Patch;
import dev.faustwire.core.model.Rect;
import dev.faustwire.testsupport.Corpus;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The presentation fields as JSPatcher writes them: read from a box's extra fields, written back unchanged. */
class PresentationTest {
    private static Patch read(String json) {
        return PatchReader.read(json).patch();
    }

    private static final String FILE = "{\"boxes\": {"
            + "\"box-1\": {\"text\": \"hslider freq 440 20 2000 1\", \"rect\": [10, 20, 160, 22],"
            + " \"presentation\": true, \"presentationRect\": [300, 40, 0, 0]},"
            + "\"box-2\": {\"text\": \"os.osc\", \"rect\": [10, 80, 45, 22],"
            + " \"presentation\": true, \"presentationRect\": [5, 5, 45, 22]},"
            + "\"box-3\": {\"text\": \"button gate\", \"rect\": [200, 20, 80, 22], \"presentation\": 1},"
            + "\"box-4\": {\"text\": \"checkbox hold\", \"rect\": [200, 80, 80, 22],"
            + " \"presentation\": false, \"presentationRect\": [1, 2, 3, 4]},"
            + "\"box-5\": {\"text\": \"comment volume\", \"presentation\": true, \"presentationRect\": [7, 8, 90, 22]},"
            + "\"box-6\": {\"text\": \"vslider v 0 0 1 0.1\", \"presentation\": true, \"presentationRect\": \"nowhere\"}"
            + "}, \"lines\": {\"line-1\": {\"src\": [\"box-1\", 0], \"dest\": [\"box-2\", 0]}}}";

    @Test
    void theFlagAndTheRectangleAreReadFromTheBoxsExtraFields() {
        Patch p = read(FILE);
        assertTrue(Presentation.isIn(p.box("box-1")));
        assertEquals(new Rect(300, 40, 0, 0), Presentation.rect(p.box("box-1")));
        assertTrue(Presentation.isIn(p.box("box-3")), "JSPatcher's older files write 1");
        assertNull(Presentation.rect(p.box("box-3")));
        assertFalse(Presentation.isIn(p.box("box-4")));
        assertEquals(new Rect(1, 2, 3, 4), Presentation.rect(p.box("box-4")));
        assertNull(Presentation.rect(p.box("box-6")), "not four numbers");
    }

    @Test
    void onlyUiBoxesAndCommentsCanBeShown() {
        for (String ui : List.of("hslider f 1 0 2 1", "vslider", "nentry n 0 0 1 1", "button b", "checkbox c",
                "hbargraph h 0 1", "vbargraph v 0 1", "comment a note")) {
            assertTrue(Presentation.canShow(new Box("box-1", ui, null)), ui);
        }
        for (String other : List.of("os.osc", "hgroup g", "p", "+", "out 1", "code", "sliderish")) {
            assertFalse(Presentation.canShow(new Box("box-1", other, null)), other);
        }
    }

    @Test
    void theViewHoldsTheFlaggedUiBoxesAtTheirPresentationPlacesAndNoLines() {
        Patch view = PresentationView.of(read(FILE));
        assertEquals(List.of("box-1", "box-3", "box-5", "box-6"), List.copyOf(view.boxes().keySet()),
                "os.osc is flagged but not a UI box; the checkbox is not flagged");
        assertEquals(new Rect(300, 40, 0, 0), view.box("box-1").rect());
        assertEquals(new Rect(200, 20, 80, 22), view.box("box-3").rect(), "no presentation rect: its patching place");
        assertNull(view.box("box-6").rect(), "a malformed rectangle: placed as a box without one");
        assertTrue(view.lines().isEmpty());
    }

    @Test
    void writingAfterReadingIsByteIdenticalForPresentationFields() {
        String canonical = PatchWriter.write(read(FILE));
        assertEquals(canonical, PatchWriter.write(read(canonical)));
        assertTrue(canonical.contains("\"presentationRect\": [300, 40, 0, 0]"), canonical);
    }

    @Test
    void everyJspatcherCorpusFileWithPresentationFieldsKeepsThemThroughReadAndWrite() {
        int files = 0;
        for (Path f : Corpus.files(Corpus.jspatcher(), ".dsppat")) {
            String text = Corpus.read(f);
            if (!text.contains("presentationRect")) {
                continue;
            }
            files++;
            Patch patch = read(text);
            String once = PatchWriter.write(patch);
            assertEquals(once, PatchWriter.write(read(once)), f.toString());
            for (Box box : patch.boxes().values()) {
                if (box.extra().get(Presentation.KEY_RECT) != null) {
                    assertTrue(Presentation.rect(box) != null, f + " " + box.id());
                }
            }
        }
        System.out.println("[presentation] corpus files with presentation fields read and written: " + files);
        assertTrue(files >= 10, "files " + files);
    }

    @Test
    void flaggingABoxSetsBothFieldsAndKeepsItsOtherFields() {
        Box box = read(FILE).box("box-4");
        Box in = Presentation.with(box, true, new Rect(10, 20.5, 0, 0));
        assertTrue(Presentation.isIn(in));
        assertEquals(new Rect(10, 20.5, 0, 0), Presentation.rect(in));
        Box out = Presentation.with(in, false, null);
        assertFalse(Presentation.isIn(out));
        assertEquals(new Rect(10, 20.5, 0, 0), Presentation.rect(out), "the place stays for a later add");
        assertEquals(box.rect(), out.rect());
        assertEquals(box.text(), out.text());
    }
}
