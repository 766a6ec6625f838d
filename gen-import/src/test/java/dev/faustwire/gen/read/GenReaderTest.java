package dev.faustwire.gen.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.diag.Code;
import dev.faustwire.core.model.Rect;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading .gendsp and .maxpat files as Max 6 to 9 write them. */
class GenReaderTest {
    private static final String GENDSP = "{\"patcher\": {\"fileversion\": 1, \"classnamespace\": \"dsp.gen\", \"boxes\": ["
            + "{\"box\": {\"id\": \"obj-1\", \"maxclass\": \"newobj\", \"text\": \"expr in1*2\\\\, 3\", \"numinlets\": 1,"
            + " \"numoutlets\": 1, \"patching_rect\": [1.0, 2.0, 3.0, 4.0]}},"
            + "{\"box\": {\"id\": \"obj-2\", \"maxclass\": \"codebox\", \"code\": \"out1 = in1;\", \"numinlets\": 1, \"numoutlets\": 1}}],"
            + " \"lines\": [{\"patchline\": {\"source\": [\"obj-1\", 0], \"destination\": [\"obj-2\", 0], \"order\": 0}}]}}";

    @Test
    void aGendspIsOnePatcherWithBoxesLinesCodeAndPlaces() {
        GenDocument document = GenReader.read("x.gendsp", GENDSP);
        assertEquals(1, document.patchers().size());
        assertFalse(document.maxpat());
        GenPatcher patcher = document.patchers().get(0);
        GenBox expr = patcher.boxes().get(0);
        assertEquals("expr in1*2, 3", expr.text(), "Max's \\, is a comma");
        assertEquals(new Rect(1, 2, 3, 4), expr.rect());
        assertEquals("out1 = in1;", patcher.boxes().get(1).code());
        assertEquals(List.of(new GenLine("obj-1", 0, "obj-2", 0)), patcher.lines());
        assertTrue(document.problems().isEmpty());
    }

    @Test
    void aMaxpatGivesEveryGenTildeEvenInsideMaxSubPatchers() {
        String gen = "{\"boxes\": [], \"lines\": []}";
        String maxpat = "{\"patcher\": {\"boxes\": ["
                + "{\"box\": {\"id\": \"obj-1\", \"maxclass\": \"newobj\", \"text\": \"gen~ @title a\", \"patcher\": " + gen + "}},"
                + "{\"box\": {\"id\": \"obj-2\", \"maxclass\": \"newobj\", \"text\": \"p inner\", \"patcher\": {\"boxes\": ["
                + "{\"box\": {\"id\": \"obj-3\", \"maxclass\": \"newobj\", \"text\": \"gen~ b\", \"patcher\": " + gen + "}}]}}},"
                + "{\"box\": {\"id\": \"obj-4\", \"maxclass\": \"newobj\", \"text\": \"dac~\"}}], \"lines\": []}}";
        GenDocument document = GenReader.read("x.maxpat", maxpat);
        assertTrue(document.maxpat());
        assertEquals(2, document.patchers().size());
        assertEquals("gen~ @title a", document.patchers().get(0).title());
        assertEquals("gen~ b", document.patchers().get(1).title());
    }

    @Test
    void aMaxpatWithoutGenIsG002() {
        GenDocument document = GenReader.read("x.maxpat", "{\"patcher\": {\"boxes\": [], \"lines\": []}}");
        assertTrue(document.patchers().isEmpty());
        assertEquals(Code.GEN_NO_PATCHER, document.problems().get(0).code());
    }

    @Test
    void textThatIsNotJsonOrNotAPatcherIsG001() {
        assertEquals(Code.GEN_NOT_READABLE, GenReader.read("x.gendsp", "{\"patcher\": [").problems().get(0).code());
        assertEquals(Code.GEN_NOT_READABLE, GenReader.read("x.gendsp", "{\"boxes\": {}}").problems().get(0).code());
    }

    @Test
    void aBoxWithoutIdAndABrokenCordAreLeftOutWithG003() {
        String text = "{\"patcher\": {\"boxes\": [{\"box\": {\"maxclass\": \"newobj\", \"text\": \"+\"}}],"
                + " \"lines\": [{\"patchline\": {\"source\": [\"obj-1\"], \"destination\": [\"obj-2\", 0]}}]}}";
        GenDocument document = GenReader.read("x.gendsp", text);
        assertNotNull(document.patchers().get(0));
        assertEquals(2, document.problems().size());
        assertEquals(Code.GEN_BOX_UNREADABLE, document.problems().get(0).code());
        assertEquals(Code.GEN_BOX_UNREADABLE, document.problems().get(1).code());
    }
}
