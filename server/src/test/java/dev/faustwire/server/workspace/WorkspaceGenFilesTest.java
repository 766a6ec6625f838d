package dev.faustwire.server.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.diag.Code;
import dev.faustwire.core.diag.Diagnostic;
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

/** The files a Gen import reads from the workspace: by name in any case, nearest first, never outside, never hidden. */
class WorkspaceGenFilesTest {
    @TempDir
    Path temp;
    Path root;
    Path outside;
    WorkspaceGenFiles files;

    @BeforeEach
    void aWorkspaceBesideAFolderOutsideIt() throws IOException {
        root = Files.createDirectories(temp.toRealPath().resolve("ws"));
        outside = Files.createDirectories(temp.toRealPath().resolve("outside"));
        Files.writeString(outside.resolve("secret.gendsp"), "outside");
        files = new WorkspaceGenFiles(new Workspace(root));
    }

    private void write(String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private List<String> codes() {
        return files.notes().stream().map(d -> d.code().id()).toList();
    }

    @Test
    void aNameIsFoundInAnyFolderAndInAnyCase() throws IOException {
        write("abstractions/AdCurve.gendsp", "curve");
        write("lib/velitch.genexpr", "expr");
        assertEquals("curve", files.read("adcurve.gendsp"));
        assertEquals("curve", files.read("ADCURVE.GENDSP"));
        assertEquals("expr", files.read("Velitch.genexpr"));
        assertNull(files.read("missing.gendsp"));
        assertEquals(List.of(), files.notes());
    }

    @Test
    void theFileNearestTheRootWinsAndTheOthersAreNamed() throws IOException {
        write("a/b/twice.gendsp", "deep");
        write("z/TWICE.gendsp", "near");
        assertEquals("near", files.read("twice.gendsp"));
        Diagnostic note = files.notes().get(0);
        assertEquals(Code.GEN_FILE_FOUND_TWICE, note.code());
        assertTrue(note.message().contains("2 times") && note.message().contains("z/TWICE.gendsp"), note.message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"../outside/secret.gendsp", "../secret.gendsp", "/etc/passwd.gendsp", "outside/secret.gendsp",
        "..\\outside\\secret.gendsp", "C:secret.gendsp", ".history.gendsp", "secret.gendsp\u0000.json", "", "a.json",
        "secret.txt", "secret"})
    void aNameThatIsAPathOrNotAGenFileReadsNothing(String name) throws IOException {
        write("outside/secret.gendsp", "inside but in a folder");
        write("secret.json", "{}");
        assertNull(files.read(name), name);
    }

    @Test
    void aLinkOutOfTheWorkspaceIsFoundButNotRead() throws IOException {
        Files.createSymbolicLink(root.resolve("secret.gendsp"), outside.resolve("secret.gendsp"));
        assertNull(files.read("secret.gendsp"));
        assertEquals(List.of("G070"), codes());
        assertTrue(files.notes().get(0).message().startsWith("secret.gendsp leads outside the workspace"),
                files.notes().get(0).message());
        assertFalse(files.notes().get(0).message().contains(outside.toString()), "the message names no path outside");
    }

    @Test
    void aLinkedFolderOutOfTheWorkspaceIsNotEntered() throws IOException {
        Files.createSymbolicLink(root.resolve("linked"), outside);
        assertNull(files.read("secret.gendsp"));
        assertEquals(List.of(), codes());
    }

    @Test
    void hiddenFoldersAreNotSearchedAndLinksIntoThemNotRead() throws IOException {
        write(".history/kept.gendsp", "kept");
        write(".cache/cached.genexpr", "cached");
        Files.createSymbolicLink(root.resolve("leak.gendsp"), root.resolve(".history/kept.gendsp"));
        assertNull(files.read("kept.gendsp"));
        assertNull(files.read("cached.genexpr"));
        assertNull(files.read("leak.gendsp"));
        assertEquals(List.of("G070"), codes());
    }

    @Test
    void aFileTooLargeOrNotTextIsFoundButNotRead() throws IOException {
        Files.write(root.resolve("huge.gendsp"), new byte[WorkspaceGenFiles.MAX_BYTES + 1]);
        Files.write(root.resolve("binary.gendsp"), new byte[] {(byte) 0xff, (byte) 0xfe, 0});
        Files.createDirectories(root.resolve("folder.gendsp"));
        Files.write(root.resolve("limit.gendsp"), "x".repeat(WorkspaceGenFiles.MAX_BYTES).getBytes(StandardCharsets.UTF_8));
        assertTrue(files.read("huge.gendsp") == null, "a file over the limit is not read");
        assertNull(files.read("binary.gendsp"));
        assertNull(files.read("folder.gendsp"));
        assertEquals(WorkspaceGenFiles.MAX_BYTES, files.read("limit.gendsp").length());
        assertEquals(List.of("G070", "G070"), codes());
        assertTrue(files.notes().get(0).message().contains("larger than 4 MiB"), files.notes().get(0).message());
        assertTrue(files.notes().get(1).message().contains("not UTF-8"), files.notes().get(1).message());
    }
}
