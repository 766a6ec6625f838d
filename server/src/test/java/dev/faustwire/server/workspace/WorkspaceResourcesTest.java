package dev.faustwire.server.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.faustwire.codegen.Resources.PatchFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link WorkspaceResources} on real folders: where a reference is looked up, and what is never read. */
class WorkspaceResourcesTest {
    @TempDir
    Path temp;
    Path root;

    @BeforeEach
    void workspace() throws IOException {
        temp = temp.toRealPath();
        root = Files.createDirectories(temp.resolve("ws"));
        Files.createDirectories(root.resolve("a/b"));
    }

    private Path write(String relative, String text) throws IOException {
        Path file = temp.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private WorkspaceResources from(String folder) throws IOException {
        return new WorkspaceResources(root, root.resolve(folder), null);
    }

    @Test
    void findsAFileNextToThePatch() throws IOException {
        write("ws/a/b/x.dsppat", "next");
        write("ws/a/x.dsppat", "above");
        PatchFile file = from("a/b").findPatch("./x.dsppat", null);
        assertEquals(new PatchFile("a/b/x.dsppat", "next"), file);
    }

    @Test
    void looksInEachParentFolderUpToTheRoot() throws IOException {
        write("ws/x.dsppat", "root");
        assertEquals(new PatchFile("x.dsppat", "root"), from("a/b").findPatch("./x.dsppat", null));
        write("ws/a/x.dsppat", "above");
        assertEquals(new PatchFile("a/x.dsppat", "above"), from("a/b").findPatch("x.dsppat", null));
    }

    @Test
    void aReferenceWithFoldersIsTriedFromEachFolder() throws IOException {
        write("ws/ifc/09.dsppat", "child");
        assertEquals("ifc/09.dsppat", from("ifc").findPatch("./ifc/09.dsppat", null).key());
    }

    @Test
    void looksFromTheFolderOfTheFileThatNamesIt() throws IOException {
        write("ws/a/b/y.dsppat", "beside the child");
        write("ws/y.dsppat", "root");
        assertEquals("a/b/y.dsppat", from("").findPatch("./y.dsppat", "a/b/child.dsppat").key());
        assertEquals("y.dsppat", from("").findPatch("./y.dsppat", "child.dsppat").key());
    }

    @Test
    void theKeyIsTheNormalisedPath() throws IOException {
        write("ws/a/x.dsppat", "x");
        assertEquals("a/x.dsppat", from("a/b").findPatch("../b/.././x.dsppat", null).key());
    }

    @Test
    void nothingFoundIsNull() throws IOException {
        assertNull(from("a/b").findPatch("./missing.dsppat", null));
    }

    @Test
    void neverLooksAboveTheRoot() throws IOException {
        write("outside.dsppat", "secret");
        write("ws/a/x.dsppat", "x");
        WorkspaceResources resources = from("a/b");
        assertNull(resources.findPatch("./outside.dsppat", null));
        assertNull(resources.findPatch("../../../outside.dsppat", null));
        assertNull(resources.findPatch("../../../ws/../outside.dsppat", null));
        assertNull(resources.findPatch("./x.dsppat", "../outside.dsppat"));
        assertNotNull(resources.findPatch("../../../ws/a/x.dsppat", null), "leaving and coming back in is fine");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "/etc/passwd", "\\x.dsppat", "./.history/x.dsppat", ".x.dsppat", "a\0b"})
    void refusesAbsoluteHiddenAndOddReferences(String reference) throws IOException {
        write("ws/.history/x.dsppat", "old");
        write("ws/.x.dsppat", "hidden");
        assertNull(from("").findPatch(reference, null));
    }

    @Test
    void refusesALinkOutOfTheRoot() throws IOException {
        Path secret = write("secret.dsppat", "secret");
        Files.createSymbolicLink(root.resolve("link.dsppat"), secret);
        assertNull(from("").findPatch("./link.dsppat", null));
    }

    @Test
    void readsOnlyRegularUtf8FilesOfAtMost4MiB() throws IOException {
        Files.createDirectories(root.resolve("folder.dsppat"));
        assertNull(from("").findPatch("./folder.dsppat", null));
        write("ws/big.dsppat", "x".repeat(WorkspaceResources.MAX_FILE_BYTES + 1));
        assertNull(from("").findPatch("./big.dsppat", null));
        write("ws/just.dsppat", "x".repeat(WorkspaceResources.MAX_FILE_BYTES));
        assertNotNull(from("").findPatch("./just.dsppat", null));
        Files.write(root.resolve("latin1.dsppat"), new byte[] {'{', (byte) 0xE9, '}'});
        assertNull(from("").findPatch("./latin1.dsppat", null));
    }

    @Test
    void theFolderOfThePatchIsInsideTheRoot() {
        assertThrows(IllegalArgumentException.class, () -> new WorkspaceResources(root, temp, null));
    }

    @Test
    void besideAFileLooksUpToTheFileSystemRoot() throws IOException {
        Path patch = write("ws/a/b/top.dsppat", "{}");
        write("ws/x.dsppat", "far above");
        WorkspaceResources resources = WorkspaceResources.besideFile(patch, null);
        PatchFile file = resources.findPatch("./x.dsppat", null);
        assertEquals("far above", file.text());
        assertEquals(root.toRealPath().resolve("x.dsppat").toString().substring(1), file.key());
    }

    @Test
    void withoutAProbeCodeAritiesAreUnknown() throws IOException {
        assertNull(from("").codeArity("process = _;"));
    }
}
