package dev.faustwire.gen.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.faustwire.gen.read.GenBox;
import dev.faustwire.gen.read.GenPatcher;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Imported ids keep Max's numbers; names of placeholders and sub-patchers are words a p box can carry. */
class IdsAndNamesTest {
    static GenBox box(String id) {
        return new GenBox(id, "newobj", "in 1", 0, 1, null, null, null);
    }

    @Test
    void maxNumbersAreKeptAndOthersGetTheNextFreeOne() {
        GenPatcher patcher = new GenPatcher(null, List.of(box("obj-3"), box("weird"), box("obj-1"), box("obj-03"), box("obj-2")), List.of());
        Map<String, String> ids = PatcherTranslator.ids(patcher);
        assertEquals("box-3", ids.get("obj-3"));
        assertEquals("box-1", ids.get("obj-1"));
        assertEquals("box-2", ids.get("obj-2"));
        assertEquals("box-4", ids.get("weird"));
        assertEquals("box-5", ids.get("obj-03"));
    }

    @Test
    void placeholderNamesAreWordsThatNameNoFile() {
        assertEquals("gen_oopsy.cv2hz", Placeholders.name("oopsy.cv2hz"));
        assertEquals("gen_a_b", Placeholders.name("a/b"));
        assertEquals("gen_x.json_", Placeholders.name("x.json"));
        assertEquals("gen__x", Placeholders.name(".x"));
        assertEquals("a_b_c", IrregularBoxes.plainName("a/b c"));
        assertEquals("t.dsppat_", IrregularBoxes.plainName("t.dsppat"));
    }

    @Test
    void attributeWordsAreTheNumbersGenLibTakes() {
        assertEquals("2", AttributeWords.number("interp", "linear"));
        assertEquals("4", AttributeWords.number("interp", "cubic"));
        assertEquals("1", AttributeWords.number("mode", "floor"));
        assertEquals("3", AttributeWords.number("mode", "spline"));
        assertEquals("1", AttributeWords.number("resetmode", "pre"));
        assertEquals(null, AttributeWords.number("interp", "bogus"));
    }
}
