package dev.faustwire.server.workspace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.testsupport.AudioFileBytes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The audio files of buffers in the workspace: by plain name in any case, contained, at most 16 MiB, audio names only. */
class WorkspaceAudioFilesTest {
    static final byte[] WAV = AudioFileBytes.wav16(1, 44100, 5, 6, 7);

    @TempDir
    Path temp;
    Path root;
    Path outside;
    WorkspaceGenFiles files;

    @BeforeEach
    void aWorkspaceBesideAFolderOutsideIt() throws IOException {
        root = Files.createDirectories(temp.toRealPath().resolve("ws"));
        outside = Files.createDirectories(temp.toRealPath().resolve("outside"));
        Files.write(outside.resolve("secret.wav"), WAV);
        files = new WorkspaceGenFiles(new Workspace(root));
    }

    private void write(String relative, byte[] bytes) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    private List<String> codes() {
        return files.notes().stream().map(d -> d.code().id()).toList();
    }

    @Test
    void anAudioFileIsFoundInAnyFolderAndCase() throws IOException {
        write("media/Drums.WAV", WAV);
        write("loops/pad.aiff", new byte[] {9});
        assertArrayEquals(WAV, files.readBytes("drums.wav"));
        assertArrayEquals(new byte[] {9}, files.readBytes("PAD.AIFF"));
        assertNotRead(files.readBytes("missing.wav"), "");
        assertEquals(List.of(), files.notes());
    }

    @ParameterizedTest
    @ValueSource(strings = {"../outside/secret.wav", "../secret.wav", "/etc/secret.wav", "outside/secret.wav",
        "..\\outside\\secret.wav", "C:secret.wav", ".secret.wav", "secret.wav\u0000.json", "", "secret.gendsp",
        "secret.json", "secret"})
    void aNameThatIsAPathOrNotAnAudioFileReadsNothing(String name) throws IOException {
        write("outside/secret.wav", WAV);
        write("secret.gendsp", WAV);
        write("secret.json", WAV);
        write("secret", WAV);
        assertNotRead(files.readBytes(name), name);
    }

    @Test
    void theTextReadIsNotAWayToAudioNorTheAudioReadAWayToPatchers() throws IOException {
        write("lib.gendsp", "{}".getBytes());
        write("drums.wav", WAV);
        assertNull(files.read("drums.wav"));
        assertNotRead(files.readBytes("lib.gendsp"), "");
    }

    @Test
    void aLinkOutOfTheWorkspaceIsFoundButNotRead() throws IOException {
        Files.createSymbolicLink(root.resolve("secret.wav"), outside.resolve("secret.wav"));
        assertNotRead(files.readBytes("secret.wav"), "");
        assertEquals(List.of("G070"), codes());
        assertTrue(files.notes().get(0).message().startsWith("secret.wav leads outside the workspace"), files.notes().get(0).message());
        assertFalse(files.notes().get(0).message().contains(outside.toString()));
    }

    @Test
    void aLinkInsideTheWorkspaceIsRead() throws IOException {
        write("media/real.wav", WAV);
        Files.createSymbolicLink(root.resolve("alias.wav"), root.resolve("media/real.wav"));
        assertArrayEquals(WAV, files.readBytes("alias.wav"));
    }

    @Test
    void aHugeFileIsFoundButNotReadAndAFileAtTheLimitIs() throws IOException {
        write("huge.wav", new byte[WorkspaceGenFiles.MAX_AUDIO_BYTES + 1]);
        write("limit.aif", new byte[WorkspaceGenFiles.MAX_AUDIO_BYTES]);
        Files.createDirectories(root.resolve("folder.wav"));
        assertNotRead(files.readBytes("huge.wav"), "");
        assertNotRead(files.readBytes("folder.wav"), "");
        assertEquals(WorkspaceGenFiles.MAX_AUDIO_BYTES, files.readBytes("limit.aif").length);
        assertEquals(List.of("G070"), codes(), "a folder is not indexed, so it is not found");
        assertTrue(files.notes().get(0).message().contains("larger than 16 MiB"), files.notes().get(0).message());
    }

    @Test
    void aFileInAHiddenFolderIsNotFound() throws IOException {
        write(".history/kept.wav", WAV);
        assertNotRead(files.readBytes("kept.wav"), "");
        assertEquals(List.of(), codes());
    }

    /** Asserts that nothing was read, without printing the bytes that were. */
    static void assertNotRead(byte[] bytes, String what) {
        assertTrue(bytes == null, () -> what + ": " + bytes.length + " bytes were read");
    }
}
