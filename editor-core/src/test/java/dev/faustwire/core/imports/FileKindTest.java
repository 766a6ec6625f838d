package dev.faustwire.core.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FileKindTest {
    @Test
    void patchesOpenAsTheyAre() {
        assertEquals(FileKind.PATCH, FileKind.of("04-00.dsppat"));
        assertEquals(FileKind.PATCH, FileKind.of("one-pole.json"));
        assertEquals(FileKind.PATCH, FileKind.of("LOUD.JSON"));
    }

    @Test
    void genPatchersAreImportedWhateverTheCaseOfTheirExtension() {
        assertEquals(FileKind.GEN, FileKind.of("bi2uni.gendsp"));
        assertEquals(FileKind.GEN, FileKind.of("Comb.GenDSP"));
        assertEquals(FileKind.GEN, FileKind.of("synth.maxpat"));
        assertEquals(FileKind.GEN, FileKind.of("SYNTH.MAXPAT"));
    }

    @Test
    void anythingElseIsRefusedWithTheKindsTheEditorOpens() {
        assertEquals(FileKind.OTHER, FileKind.of("notes.txt"));
        assertEquals(FileKind.OTHER, FileKind.of("gendsp"));
        assertEquals(FileKind.OTHER, FileKind.of("a.gendsp.txt"));
        assertEquals(FileKind.OTHER, FileKind.of(""));
        assertEquals(FileKind.OTHER, FileKind.of(null));
        assertTrue(FileKind.refusal("notes.txt").contains(".gendsp, .maxpat"));
    }

    @Test
    void theImportedPatchIsNamedAfterItsFile() {
        assertEquals("bi2uni.json", FileKind.patchName("bi2uni.gendsp"));
        assertEquals("my.synth.json", FileKind.patchName("my.synth.maxpat"));
        assertEquals(".gendsp.json", FileKind.patchName(".gendsp"));
    }
}
