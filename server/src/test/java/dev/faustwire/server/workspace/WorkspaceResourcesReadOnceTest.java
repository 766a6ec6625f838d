package dev.faustwire.server.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.faustwire.codegen.Resources;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One generation's resources read each file once, however many spellings name it, so that a
 * thousand references to one large file keep one copy of its text, not a thousand.
 */
class WorkspaceResourcesReadOnceTest {
    @TempDir
    Path root;

    @Test
    void everySpellingOfOneFileGivesTheSameText() throws IOException {
        Files.createDirectory(root.resolve("lib"));
        Files.writeString(root.resolve("lib/big.json"), "{\"format\": \"faustwire-patch\"}", StandardCharsets.UTF_8);
        WorkspaceResources resources = new WorkspaceResources(root, root, null);
        Resources.PatchFile first = resources.findPatch("./lib/big.json", null);
        assertEquals("lib/big.json", first.key());
        for (String spelling : new String[] {"././lib/big.json", "./lib/./big.json", "./lib/../lib/big.json",
                "lib/big.json"}) {
            assertSame(first, resources.findPatch(spelling, null), spelling);
        }
        assertSame(first, resources.findPatch("./big.json", "lib/other.json"), "found from the file's own folder");
    }

    @Test
    void aNewGenerationReadsTheFileAgain() throws IOException {
        Path file = root.resolve("a.json");
        Files.writeString(file, "{\"format\": \"faustwire-patch\"}", StandardCharsets.UTF_8);
        String before = new WorkspaceResources(root, root, null).findPatch("./a.json", null).text();
        Files.writeString(file, "{\"format\": \"faustwire-patch\", \"boxes\": {}}", StandardCharsets.UTF_8);
        String after = new WorkspaceResources(root, root, null).findPatch("./a.json", null).text();
        assertEquals("{\"format\": \"faustwire-patch\"}", before);
        assertEquals("{\"format\": \"faustwire-patch\", \"boxes\": {}}", after);
    }
}
