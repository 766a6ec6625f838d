package dev.faustwire.server.gen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.server.cli.GenFolderFiles;
import dev.faustwire.testsupport.AudioFileBytes;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The CLI's audio files for buffers: found as abstractions are, as bytes, never by a path, a link or over 16 MiB. */
class GenFolderAudioFilesTest {
    static final byte[] WAV = AudioFileBytes.wav16(1, 44100, 1, 2, 3);

    @TempDir
    Path root;

    private Path write(String path, byte[] bytes) throws Exception {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return file;
    }

    private GenFolderFiles importing(String path, Path top) throws Exception {
        return new GenFolderFiles(write(path, "{}".getBytes()), top);
    }

    @Test
    void anAudioFileBesideTheFileOrInAFolderAboveIsReadInAnyCase() throws Exception {
        GenFolderFiles files = importing("pkg/patchers/loop.gendsp", root);
        write("pkg/patchers/Drums.WAV", WAV);
        write("pkg/media/pad.aif", new byte[] {1, 2});
        assertArrayEquals(WAV, files.readBytes("drums.wav"));
        assertArrayEquals(new byte[] {1, 2}, files.readBytes("PAD.aif"));
        assertNotRead(files.readBytes("missing.wav"), "");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../secret.wav", "/tmp/secret.wav", "sub/secret.wav", "..\\secret.wav", ".secret.wav",
        "C:secret.wav", "secret.wav\u0000.gendsp", "", "secret.gendsp", "secret.txt", "secret"})
    void namesThatArePathsOrNotAudioReadNothing(String name) throws Exception {
        Path inner = root.resolve("inner");
        GenFolderFiles files = importing("inner/main.gendsp", inner);
        write("secret.wav", WAV);
        write("inner/sub/secret.wav", WAV);
        write("inner/secret.gendsp", WAV);
        write("inner/secret.txt", WAV);
        write("inner/secret", WAV);
        assertNotRead(files.readBytes(name), name);
    }

    @Test
    void aLinkIsNotFollowedAndAHugeFileIsNotRead() throws Exception {
        GenFolderFiles files = importing("a/main.gendsp", root.resolve("a"));
        Path target = write("secret/real.wav", WAV);
        Files.createSymbolicLink(root.resolve("a/linked.wav"), target);
        assertNotRead(files.readBytes("linked.wav"), "");
        write("a/huge.wav", new byte[(16 << 20) + 1]);
        assertNotRead(files.readBytes("huge.wav"), "");
        write("a/limit.wav", new byte[16 << 20]);
        assertEquals(16 << 20, files.readBytes("limit.wav").length);
    }

    /** Asserts that nothing was read, without printing the bytes that were. */
    static void assertNotRead(byte[] bytes, String what) {
        assertTrue(bytes == null, () -> what + ": " + bytes.length + " bytes were read");
    }
}
