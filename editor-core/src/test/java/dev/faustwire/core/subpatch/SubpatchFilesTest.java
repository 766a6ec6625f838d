package dev.faustwire.core.subpatch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The workspace paths a file sub-patcher is looked up at: beside its patch, then each folder above. */
class SubpatchFilesTest {
    @Test
    void besideThePatchThenEachFolderAbove() {
        assertEquals(List.of("ifc/ifc/09-00.dsppat", "ifc/09-00.dsppat"),
                SubpatchFiles.candidates("ifc/10-00.dsppat", "./ifc/09-00.dsppat"));
        assertEquals(List.of("a/b/lp.json", "a/lp.json", "lp.json"), SubpatchFiles.candidates("a/b/song.json", "lp.json"));
        assertEquals(List.of("mean.dsppat"), SubpatchFiles.candidates(null, "./mean.dsppat"));
    }

    @Test
    void absoluteHiddenOrClimbingReferencesAreNotFollowed() {
        assertEquals(List.of(), SubpatchFiles.candidates("a/x.json", "/etc/passwd"));
        assertEquals(List.of(), SubpatchFiles.candidates("a/x.json", "../x.json"));
        assertEquals(List.of(), SubpatchFiles.candidates("a/x.json", "./.hidden/x.json"));
        assertEquals(List.of(), SubpatchFiles.candidates("a/x.json", "./"));
    }
}
