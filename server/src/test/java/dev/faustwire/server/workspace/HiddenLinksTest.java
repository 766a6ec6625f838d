package dev.faustwire.server.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.codegen.Resources.PatchFile;
import dev.faustwire.server.workspace.WorkspaceException.Kind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Links into hidden folders: every reader of the workspace (store and sub-patcher lookup) refuses them alike. */
class HiddenLinksTest {
    private static final String FIRST = "{\"boxes\": {}, \"lines\": {}, \"secret\": 1}";
    private static final String SECOND = "{\"boxes\": {}, \"lines\": {}}";

    @TempDir
    Path temp;
    Path root;
    Workspace workspace;
    /** The first version of p.json, kept in .history when the second was saved. */
    Path kept;

    @BeforeEach
    void aPatchWithOneEarlierVersion() throws IOException {
        root = Files.createDirectories(temp.toRealPath().resolve("ws"));
        workspace = new Workspace(root);
        workspace.save("p.json", FIRST.getBytes(StandardCharsets.UTF_8), PatchPrecondition.NONE);
        workspace.save("p.json", SECOND.getBytes(StandardCharsets.UTF_8), PatchPrecondition.ANY);
        String version = workspace.versions("p.json").get(0).version();
        kept = root.resolve(WorkspaceHistory.FOLDER).resolve("p.json").resolve(version + ".json");
        assertTrue(Files.isRegularFile(kept), kept.toString());
    }

    private WorkspaceResources lookup() throws IOException {
        return new WorkspaceResources(root, root, null);
    }

    @Test
    void aLinkToAFileInTheHistoryIsReadByNoReader() throws IOException {
        Files.createSymbolicLink(root.resolve("leak.json"), kept);

        assertEquals(Kind.INVALID, assertThrows(WorkspaceException.class, () -> workspace.load("leak.json")).kind());
        assertFalse(workspace.list().contains("leak.json"), workspace.list().toString());
        assertNull(lookup().findPatch("leak.json", null));
        assertNull(lookup().findPatch("./leak.json", null));
    }

    @Test
    void aLinkToTheHistoryFolderIsEnteredByNoReader() throws IOException {
        Files.createSymbolicLink(root.resolve("old"), root.resolve(WorkspaceHistory.FOLDER));
        String throughLink = "old/p.json/" + kept.getFileName();

        assertEquals(Kind.INVALID, assertThrows(WorkspaceException.class, () -> workspace.load(throughLink)).kind());
        assertEquals(List.of("p.json"), workspace.list());
        assertNull(lookup().findPatch(throughLink, null));
    }

    @Test
    void aLinkToAVisiblePatchIsFollowedByBothReaders() throws IOException {
        Files.createSymbolicLink(root.resolve("alias.json"), root.resolve("p.json"));

        assertEquals(SECOND, workspace.read("alias.json"));
        assertTrue(workspace.list().contains("alias.json"));
        PatchFile file = lookup().findPatch("alias.json", null);
        assertNotNull(file);
        assertEquals(new PatchFile("p.json", SECOND), file);
    }

    @Test
    void theCommandLineMayStartInAHiddenFolderButNotWanderIntoAnother() throws IOException {
        Path start = Files.createDirectories(temp.toRealPath().resolve(".patches/set"));
        Files.writeString(start.resolve("lp.dsppat"), SECOND);
        Path other = Files.createDirectories(temp.toRealPath().resolve(".secrets"));
        Files.writeString(other.resolve("key.dsppat"), FIRST);
        Files.createSymbolicLink(start.resolve("key.dsppat"), other.resolve("key.dsppat"));

        WorkspaceResources beside = WorkspaceResources.besideFile(start.resolve("top.json"), null);

        assertNotNull(beside.findPatch("./lp.dsppat", null), "a file beside a patch in a hidden folder");
        assertNull(beside.findPatch("./key.dsppat", null), "a link into another hidden folder");
    }
}
