package dev.faustwire.gen;

import static dev.faustwire.gen.Imports.codes;
import static dev.faustwire.gen.Imports.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.diag.Code;
import dev.faustwire.core.model.Patch;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Abstractions (a box naming name.gendsp, or gen @file name) become file sub-patchers saved as name.json. */
class AbstractionTest {
    private static final String TWICE = GenJson.patcher().box(1, "in 1", 0, 1).box(2, "* 2", 1, 1).box(3, "out 1", 1, 0)
            .box(4, "param gain 1 @min 0 @max 4", 0, 1).line(1, 0, 2, 0).line(2, 0, 3, 0).gendsp();

    /** Files found without regard to case, as Max does on macOS. */
    static GenFiles files(String name, String text) {
        return fileName -> fileName.equalsIgnoreCase(name) ? text : null;
    }

    @Test
    void aBoxNamingAGendspIsAFileSubPatcherAndTheFileIsInTheResult() {
        String top = GenJson.patcher().box(1, "in 1", 0, 1).box(2, "twice", 1, 1).box(3, "gen @file twice", 1, 1)
                .line(1, 0, 2, 0).line(1, 0, 3, 0).gendsp();
        GenImportResult result = GenImport.run("top.gendsp", top, files("Twice.gendsp", TWICE));
        assertEquals("p ./twice.json", result.patch().box("box-2").text());
        assertEquals("p ./twice.json", result.patch().box("box-3").text());
        assertEquals(Set.of("twice.json"), result.files().keySet());
        Patch file = result.files().get("twice.json");
        assertEquals("gen.mul _ 2", file.box("box-2").text());
        assertNotNull(result.patch().box("box-2").subpatch(), "the box keeps a copy, used when the file is not there");
        assertEquals(List.of("box-1:0 -> box-2:0", "box-1:0 -> box-3:0"), lines(result.patch()));
        assertTrue(result.exact(), result.report().toString());
    }

    @Test
    void anAbstractionWhoseParamsTheBoxSetsIsACopyOfItsOwn() {
        String top = GenJson.patcher().box(1, "twice @gain 3", 1, 1).gendsp();
        GenImportResult result = GenImport.run("top.gendsp", top, files("twice.gendsp", TWICE));
        assertEquals("p twice", result.patch().box("box-1").text());
        assertEquals("hslider gain 3 0 4 0.001", result.patch().box("box-1").subpatch().box("box-4").text());
        assertTrue(result.files().isEmpty());
    }

    @Test
    void aMissingFileIsG010AndAnUnknownNameG004() {
        String top = GenJson.patcher().box(1, "gen @file nowhere", 1, 1).box(2, "nowhere", 1, 1).gendsp();
        GenImportResult result = GenImport.run("top.gendsp", top, GenFiles.NONE);
        assertEquals(List.of(Code.GEN_ABSTRACTION_MISSING, Code.GEN_UNKNOWN_OPERATOR), codes(result));
    }

    @Test
    void anAbstractionThatContainsItselfIsG011() {
        String loop = GenJson.patcher().box(1, "in 1", 0, 1).box(2, "loop", 1, 1).box(3, "out 1", 1, 0)
                .line(1, 0, 2, 0).line(2, 0, 3, 0).gendsp();
        GenImportResult result = GenImport.run("top.gendsp", GenJson.patcher().box(1, "loop", 1, 1).gendsp(), files("loop.gendsp", loop));
        assertEquals(List.of(Code.GEN_ABSTRACTION_CYCLE), codes(result));
    }

    @Test
    void severalGenTildesOfAMaxpatAreSubPatchersPlayingSideBySide() {
        GenJson a = GenJson.patcher().box(1, "in 1", 0, 1).box(2, "out 1", 1, 0).line(1, 0, 2, 0);
        GenJson b = GenJson.patcher().box(1, "in 1", 0, 1).box(2, "in 2", 0, 1).box(3, "out 1", 1, 0).line(1, 0, 3, 0);
        String maxpat = GenJson.patcher().gen(1, "gen~ @title first", a, 1, 1).gen(2, "gen~ second", b, 2, 1)
                .box(3, "dac~", 2, 0).maxpat();
        GenImportResult result = GenImport.run("two.maxpat", maxpat, GenFiles.NONE);
        assertEquals("p first", result.patch().box("box-1").text());
        assertEquals("in 1", result.patch().box("box-2").text());
        assertEquals("out 1", result.patch().box("box-3").text());
        assertEquals("p second", result.patch().box("box-4").text());
        assertEquals("in 2", result.patch().box("box-5").text());
        assertEquals("in 3", result.patch().box("box-6").text());
        assertEquals("out 2", result.patch().box("box-7").text());
        assertEquals(List.of(Code.GEN_SEVERAL_PATCHERS), codes(result));
    }

    @Test
    void oneGenTildeOfAMaxpatIsThePatchAndTheReportSaysTheRestIsLeftOut() {
        GenJson a = GenJson.patcher().box(1, "in 1", 0, 1).box(2, "out 1", 1, 0).line(1, 0, 2, 0);
        GenImportResult result = GenImport.run("one.maxpat", GenJson.patcher().gen(5, "gen~", a, 1, 1).maxpat(), GenFiles.NONE);
        assertEquals("in 1", result.patch().box("box-1").text());
        assertEquals(List.of(Code.GEN_MAX_OBJECTS_LEFT_OUT), codes(result));
    }
}
