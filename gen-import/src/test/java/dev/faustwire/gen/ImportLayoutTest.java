package dev.faustwire.gen;

import static dev.faustwire.gen.Imports.gendsp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.json.JsonValue.JsonObject;
import dev.faustwire.core.json.JsonValue.JsonString;
import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Patch;
import dev.faustwire.core.model.Rect;
import dev.faustwire.core.view.BoxGeometry;
import dev.faustwire.core.view.BoxLabel;
import dev.faustwire.testsupport.Corpus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Imported boxes are as wide as their new text, comments wrap at their Max width, and nothing comes to overlap. */
class ImportLayoutTest {

    /** A box at (x, y) of that Max width. */
    private static String box(int n, String text, double x, double y, double width) {
        return "{\"box\": {\"id\": \"obj-" + n + "\", \"maxclass\": \"newobj\", \"text\": " + GenJson.quote(text)
                + ", \"patching_rect\": [" + x + ", " + y + ", " + width + ", 22.0]}}";
    }

    private static String comment(int n, String text, double x, double y, double width) {
        return "{\"box\": {\"id\": \"obj-" + n + "\", \"maxclass\": \"comment\", \"text\": " + GenJson.quote(text)
                + ", \"patching_rect\": [" + x + ", " + y + ", " + width + ", 20.0]}}";
    }

    private static Patch imported(String... boxes) {
        String text = "{\"patcher\": {\"boxes\": [" + String.join(", ", boxes) + "], \"lines\": []}}";
        return GenImport.run("layout.gendsp", text, GenFiles.NONE).patch();
    }

    @Test
    void aBoxIsAsWideAsItsTextAndPushesItsRightNeighbourKeepingMaxsGap() {
        Patch patch = imported(box(1, "delay", 100, 50, 40), box(2, "* 0.5", 146, 50, 40), box(3, "out 1", 200, 50, 40));
        Box delay = patch.box("box-1");
        double needed = Math.ceil(BoxGeometry.widthFor(delay.text(), 0));
        assertEquals(new Rect(100, 50, needed, 22), delay.rect());
        Rect mul = patch.box("box-2").rect();
        assertEquals(100 + needed + 6, mul.x(), 1e-9, "Max's 6 px gap kept");
        assertTrue(patch.box("box-3").rect().x() >= mul.x() + mul.width(), "the push carries on along the row");
    }

    @Test
    void boxesOnOtherRowsAndWideEnoughBoxesStayWhereMaxPutThem() {
        Patch patch = imported(box(1, "delay", 100, 50, 40), box(2, "* 0.5", 146, 90, 40), box(3, "in 1", 10, 50, 60));
        Box mul = patch.box("box-2");
        assertEquals(new Rect(146, 90, Math.ceil(BoxGeometry.widthFor(mul.text(), 0)), 22), mul.rect());
        assertEquals(new Rect(10, 50, 60, 22), patch.box("box-3").rect());
    }

    @Test
    void aLongCommentIsWrappedAtItsMaxWidthAndShortLinesAreKept() {
        Patch patch = imported(comment(1, "this circuit digitizes a noisy gate input and holds it", 10, 10, 120),
                comment(2, "   x\n-----", 10, 200, 120));
        String note = BoxLabel.note(patch.box("box-1"));
        for (String line : note.split("\n")) {
            assertTrue(BoxGeometry.widthFor(line, 0) <= 120, "'" + line + "' fits 120 px");
        }
        assertEquals("this circuit digitizes a noisy gate input and holds it", note.replace('\n', ' '));
        assertEquals(120, patch.box("box-1").rect().width(), 1e-9);
        assertEquals("   x\n-----", ((JsonString) ((JsonObject) patch.box("box-2").data()).get("value")).value());
    }

    @Test
    void whatMaxPutBelowACommentThatGrewByWrappingMovesDownKeepingMaxsGap() {
        Patch patch = imported(comment(1, "one two three four five six seven eight nine ten eleven twelve", 10, 10, 100),
                comment(2, "below", 20, 34, 100), box(3, "in 1", 300, 34, 40));
        int lines = BoxLabel.lines(patch.box("box-1")).size();
        assertTrue(lines >= 4, lines + " lines");
        assertEquals(10 + lines * BoxGeometry.LINE_HEIGHT + 7 + 4, patch.box("box-2").rect().y(), 1e-9, "Max's 4 px gap kept");
        assertEquals(34, patch.box("box-3").rect().y(), 1e-9, "a box in another column stays");
    }

    @Test
    void noImportedCorpusPatcherHasTwoBoxesOverlapThatMaxShowedApart() {
        int checked = 0;
        for (Path file : CorpusImportTest.corpus()) {
            String text = Corpus.read(file);
            GenImportResult result = GenImport.run(file.getFileName().toString(), text, CorpusImportTest.files(file));
            List<String> overlaps = new ArrayList<>();
            checked += check(file.getFileName().toString(), result.patch(), overlaps);
            assertEquals(List.of(), overlaps, file.toString());
        }
        System.out.println("Import layout: " + checked + " boxes of the imported corpus, at every level, none overlapping another");
    }

    /** Adds every pair of boxes of one level (and below) that overlap now; returns how many boxes it looked at. */
    private static int check(String where, Patch patch, List<String> overlaps) {
        List<Box> boxes = new ArrayList<>(patch.boxes().values());
        int moved = boxes.size();
        for (int i = 0; i < boxes.size(); i++) {
            Box a = boxes.get(i);
            if (a.subpatch() != null) {
                moved += check(where + " " + a.id(), a.subpatch(), overlaps);
            }
            for (int j = i + 1; j < boxes.size(); j++) {
                Box b = boxes.get(j);
                if (overlap(a.rect(), height(a), b.rect(), height(b)) && !BoxLabel.isComment(a) && !BoxLabel.isComment(b)
                        && !a.text().startsWith("code @ins 0") && !b.text().startsWith("code @ins 0")) {
                    overlaps.add(where + ": " + a.id() + " \"" + a.text() + "\" " + a.rect() + " and " + b.id() + " \"" + b.text() + "\" " + b.rect());
                }
            }
        }
        return moved;
    }

    private static double height(Box box) {
        return BoxLabel.isComment(box) ? BoxLabel.lines(box).size() * BoxGeometry.LINE_HEIGHT + 7 : BoxGeometry.BOX_HEIGHT;
    }

    private static boolean overlap(Rect a, double ah, Rect b, double bh) {
        return a.x() < b.x() + b.width() && b.x() < a.x() + a.width() && a.y() < b.y() + bh && b.y() < a.y() + ah;
    }
}
