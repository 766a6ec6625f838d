package dev.faustwire.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.faustwire.core.io.PatchReader;
import dev.faustwire.core.model.Patch;
import org.junit.jupiter.api.Test;

/** Drafts round-trip through their JSON; anything else reads as no draft. */
class DraftTest {
    private static final Patch SAVED = PatchReader.read("{\"boxes\": {\"box-1\": {\"text\": \"in 1\"}}}").patch();
    private static final Patch EDITED = PatchReader.read(
            "{\"boxes\": {\"box-1\": {\"text\": \"in 1\"}, \"box-2\": {\"text\": \"out 1\", \"rect\": [1, 2, 45, 22]}},"
                    + " \"lines\": {\"line-1\": {\"src\": [\"box-1\", 0], \"dest\": [\"box-2\", 0]}}}").patch();

    @Test
    void aDraftOfAWorkspacePatchRoundTrips() {
        Draft draft = new Draft(Document.inWorkspace("dir/p.json", "\"abc\"").savedAs(SAVED), EDITED, 1765000000123.0);
        Draft back = Draft.read(draft.write());
        assertEquals(draft.document(), back.document());
        assertEquals(EDITED, back.patch());
        assertEquals(1765000000123.0, back.keptAt());
    }

    @Test
    void aDraftOfANewPatchHasNoPathNoEtagAndNoSavedPatch() {
        Draft draft = new Draft(Document.untitled(), EDITED, 5);
        Draft back = Draft.read(draft.write());
        assertEquals(Document.untitled(), back.document());
        assertEquals(EDITED, back.patch());
    }

    @Test
    void anUnsavedImportsFilesAreKeptWithItsDraft() {
        java.util.Map<String, Patch> files = new java.util.TreeMap<>();
        files.put("twice.json", SAVED);
        files.put("sub/half.json", EDITED);
        Draft draft = new Draft(Document.untitled(), EDITED, 7, files);
        Draft back = Draft.read(draft.write());
        assertEquals(files, back.files());
        assertEquals(EDITED, back.patch());
    }

    @Test
    void aDraftWithoutFilesHasNoneAndAnUnreadableFileIsLeftOut() {
        assertEquals(java.util.Map.of(), Draft.read(new Draft(Document.untitled(), EDITED, 5).write()).files());
        String text = "{\"name\": \"x\", \"patch\": {\"boxes\": {}}, \"files\": {\"a.json\": 3, \"b.json\": {\"boxes\": {}}}}";
        assertEquals(java.util.List.of("b.json"), java.util.List.copyOf(Draft.read(text).files().keySet()));
    }

    @Test
    void whatIsNotADraftIsNone() {
        assertNull(Draft.read(null));
        assertNull(Draft.read(""));
        assertNull(Draft.read("{\"name\": \"x\"}"));
        assertNull(Draft.read("[1, 2]"));
        assertNull(Draft.read("{\"name\": 3, \"patch\": {}}"));
        assertNull(Draft.read("{\"name\": \"x\", \"patch\": {\"boxes\": 7}}"));
    }

    @Test
    void aDamagedStoreNeverThrows() {
        String text = new Draft(Document.inWorkspace("p.json", "\"e\"").savedAs(SAVED), EDITED, 9).write();
        java.util.Random random = new java.util.Random(3);
        int read = 0;
        for (int i = 0; i < 2000; i++) {
            StringBuilder damaged = new StringBuilder(text);
            int at = random.nextInt(damaged.length());
            if (random.nextBoolean()) {
                damaged.setLength(at);
            } else {
                String alphabet = "{}[]\":,x0";
                damaged.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
            }
            if (Draft.read(damaged.toString()) != null) {
                read++;
            }
        }
        org.junit.jupiter.api.Assertions.assertTrue(read > 0 && read < 2000, read + " of 2000 damaged drafts read");
    }
}
