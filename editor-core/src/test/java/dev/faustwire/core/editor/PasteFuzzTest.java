package dev.faustwire.core.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.io.PatchWriter;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The clipboard is input from outside: whatever text is pasted (cut short, bytes flipped, another
 * program's JSON), paste either adds a readable fragment as one undo step or does nothing, and
 * never throws.
 */
class PasteFuzzTest {
    @Test
    void damagedClipboardTextNeverBreaksTheEditor() {
        EditorFixture source = new EditorFixture();
        source.type(100, 50, "in 1");
        source.type(100, 150, "* 0.5");
        source.type(100, 250, "out 1");
        source.wire("box-1", 0, "box-2", 0);
        source.wire("box-2", 0, "box-3", 0);
        source.editor.perform(Action.SELECT_ALL);
        String text = source.editor.copy();
        Random random = new Random(12);
        String alphabet = "{}[]\",:0123456789-.eE box-line-src dest text rect \\u00e9\n\t";
        int pasted = 0;
        for (int i = 0; i < 3000; i++) {
            StringBuilder damaged = new StringBuilder(text);
            int edits = 1 + random.nextInt(4);
            for (int e = 0; e < edits && damaged.length() > 0; e++) {
                int at = random.nextInt(damaged.length());
                switch (random.nextInt(4)) {
                    case 0 -> damaged.setLength(at);
                    case 1 -> damaged.deleteCharAt(at);
                    case 2 -> damaged.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    default -> damaged.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            EditorFixture target = new EditorFixture();
            String before = target.file();
            boolean done = target.editor.paste(damaged.toString());
            if (done) {
                pasted++;
                assertTrue(target.model.canUndo());
                target.editor.perform(Action.UNDO);
            }
            assertEquals(before, target.file(), "undo of a paste, or no paste, leaves the patch as it was");
            target.editor.scene();
        }
        assertTrue(pasted > 0, "some damaged texts are still patches");
        System.out.println("PasteFuzzTest: " + pasted + " of 3000 damaged clipboard texts pasted, the others ignored");
    }

    @Test
    void aPastedPatchWithLinesToMissingPortsStillDraws() {
        EditorFixture f = new EditorFixture();
        String text = "{\"boxes\": {\"box-1\": {\"text\": \"in 1\", \"rect\": [0, 0, 45, 22]},"
                + " \"box-2\": {\"text\": \"out 1\", \"rect\": [0, 60, 45, 22]}},"
                + " \"lines\": {\"line-1\": {\"src\": [\"box-1\", 7], \"dest\": [\"box-2\", 3]}}}";
        assertTrue(f.editor.paste(text));
        assertEquals(8, f.editor.layout().box("box-1").outlets(), "the box grows the ports its line uses");
        assertEquals(1, f.editor.scene().lines().size());
        assertTrue(PatchWriter.write(f.model.patch()).contains("\"line-1\""));
    }
}
