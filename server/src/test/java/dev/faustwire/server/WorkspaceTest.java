package dev.faustwire.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Workspace}: which files it lists, and that every path it resolves stays inside its root. */
class WorkspaceTest {
    @TempDir
    Path temp;

    Path root;
    Path outside;

    @BeforeEach
    void folders() throws IOException {
        root = Files.createDirectory(temp.resolve("ws"));
        outside = Files.createDirectory(temp.resolve("outside"));
    }

    private Path put(Path base, String relative, String text) throws IOException {
        Path file = base.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static int statusOf(Workspace workspace, String relative) {
        return assertThrows(WorkspaceException.class, () -> workspace.resolve(relative),
                "resolve(\"" + relative + "\")").status();
    }

    @Test
    void createsAMissingRootFolder() throws IOException {
        Path missing = temp.resolve("new/folder");
        Workspace workspace = new Workspace(missing);
        assertTrue(Files.isDirectory(missing));
        assertEquals(missing.toRealPath(), workspace.root());
        assertEquals(Workspace.EXAMPLES, workspace.list(), "a new workspace starts with the examples");
        assertTrue(workspace.read("one-pole.json").contains("\"faustwire-patch\""));
    }

    @Test
    void anExistingFolderGetsNoExamples() throws IOException {
        Path existing = Files.createDirectories(temp.resolve("existing"));
        assertEquals(List.of(), new Workspace(existing).list());
    }

    @Test
    void listIsSortedWithSlashSeparators() throws IOException {
        put(root, "b.json", "{}");
        put(root, "a/z.dsppat", "{}");
        put(root, "a/b/c.json", "{}");
        put(root, "A.json", "{}");
        assertEquals(List.of("A.json", "a/b/c.json", "a/z.dsppat", "b.json"), new Workspace(root).list());
    }

    @Test
    void listSkipsHiddenFilesAndFolders() throws IOException {
        put(root, "shown.json", "{}");
        put(root, ".hidden.json", "{}");
        put(root, ".git/config.json", "{}");
        put(root, "sub/.secret.dsppat", "{}");
        put(root, "sub/.cache/x.json", "{}");
        put(root, "sub/seen.dsppat", "{}");
        assertEquals(List.of("shown.json", "sub/seen.dsppat"), new Workspace(root).list());
    }

    @Test
    void listSkipsFilesThatAreNoPatches() throws IOException {
        put(root, "p.json", "{}");
        put(root, "notes.txt", "x");
        put(root, "p.dsp", "process = _;");
        put(root, "p.json.bak", "{}");
        put(root, "gen.gendsp", "{}");
        Files.createDirectories(root.resolve("folder.json"));
        assertEquals(List.of("p.json"), new Workspace(root).list());
    }

    @Test
    void listOmitsLinksOutOfTheWorkspaceWhichReadRefuses() throws IOException {
        put(root, "p.json", "{}");
        Files.createSymbolicLink(root.resolve("link.json"), put(outside, "secret.json", "SECRET"));
        Workspace workspace = new Workspace(root);
        assertEquals(400, statusOf(workspace, "link.json"));
        assertEquals(List.of("p.json"), workspace.list(), "every listed patch can be read");
    }

    @Test
    void readReturnsTheFileText() throws IOException {
        String text = "{\"boxes\": {}, \"comment\": \"caf\u00e9 \u266b\"}";
        put(root, "sub/p.json", text);
        assertEquals(text, new Workspace(root).read("sub/p.json"));
    }

    @Test
    void readOfAMissingFileIs404() throws IOException {
        WorkspaceException e = assertThrows(WorkspaceException.class, () -> new Workspace(root).read("nope.json"));
        assertEquals(404, e.status());
        assertTrue(e.getMessage().contains("nope.json"), e.getMessage());
    }

    @Test
    void readInAMissingFolderIs404() throws IOException {
        WorkspaceException e = assertThrows(WorkspaceException.class,
                () -> new Workspace(root).read("no/such/folder.dsppat"));
        assertEquals(404, e.status());
    }

    @Test
    void resolveKeepsAPlainPathInsideTheRoot() throws IOException {
        Workspace workspace = new Workspace(root);
        Path file = workspace.resolve("sub/p.dsppat");
        assertEquals(workspace.root().resolve("sub").resolve("p.dsppat"), file);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../x.json", "/etc/passwd.json", "a/../../x.json", ".hidden.json", "a\\b.json",
            "x.txt", "", "a/../x.json", "..", "./x.json", "a//b.json", "a/.git/x.json", "x.json/", "x\0.json",
            "x"})
    void resolveRejectsBadPathsWith400(String relative) throws IOException {
        assertEquals(400, statusOf(new Workspace(root), relative));
    }

    @Test
    void resolveRejectsNull() throws IOException {
        assertEquals(400, statusOf(new Workspace(root), null));
    }

    @Test
    void readRejectsEscapesWith400WithoutReadingOutside() throws IOException {
        put(outside, "secret.json", "SECRET");
        Workspace workspace = new Workspace(root);
        WorkspaceException e = assertThrows(WorkspaceException.class, () -> workspace.read("../outside/secret.json"));
        assertEquals(400, e.status());
    }

    @Test
    void symlinkedFilePointingOutsideIsRejected() throws IOException {
        Path secret = put(outside, "secret.json", "SECRET");
        Files.createSymbolicLink(root.resolve("link.json"), secret);
        Workspace workspace = new Workspace(root);
        assertEquals(400, statusOf(workspace, "link.json"));
        WorkspaceException e = assertThrows(WorkspaceException.class, () -> workspace.read("link.json"));
        assertEquals(400, e.status());
    }

    @Test
    void symlinkedFolderPointingOutsideIsRejected() throws IOException {
        put(outside, "secret.json", "SECRET");
        Files.createSymbolicLink(root.resolve("linked"), outside);
        Workspace workspace = new Workspace(root);
        assertEquals(400, statusOf(workspace, "linked/secret.json"));
    }

    @Test
    void symlinkInsideTheWorkspaceIsAllowed() throws IOException {
        put(root, "real/p.json", "{\"inside\": true}");
        Files.createSymbolicLink(root.resolve("alias.json"), root.resolve("real/p.json"));
        assertEquals("{\"inside\": true}", new Workspace(root).read("alias.json"));
    }

    @Test
    void rootGivenThroughASymlinkStillServesItsFiles() throws IOException {
        put(root, "p.json", "{}");
        Path link = Files.createSymbolicLink(temp.resolve("ws-link"), root);
        Workspace workspace = new Workspace(link);
        assertEquals(root.toRealPath(), workspace.root());
        assertEquals("{}", workspace.read("p.json"));
        assertEquals(List.of("p.json"), workspace.list());
    }
}
